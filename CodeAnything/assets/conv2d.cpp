// Conv2D（NCHW，与 PyTorch 一样是互相关）的 C++17 实现，只用标准库。
//
// 输入协议（stdin，空白分隔）：
//   N C H W  O KH KW  SH SW  PH PW  has_bias
//   x      : N*C*H*W 个数      （NCHW，行主序）
//   weight : O*C*KH*KW 个数    （OIHW，行主序）
//   bias   : O 个数            （仅当 has_bias == 1）
// 输出（stdout）：
//   第一行 N O OH OW
//   之后 N*O*OH*OW 个数，每行一个输出行（OW 个数），格式 %.9g
// 输入不合法时在 stderr 打印原因，退出码为 1。
#include <cstdio>
#include <iostream>
#include <vector>

namespace {

struct Shape {
    long n, c, h, w, o, kh, kw, sh, sw, ph, pw, has_bias;
};

bool read_values(std::vector<double>& v, long count) {
    v.resize(static_cast<std::size_t>(count));
    for (double& x : v) {
        if (!(std::cin >> x)) return false;
    }
    return true;
}

// out[n][o][i][j] = bias[o] + sum_{c,u,v} x[n][c][i*sh+u-ph][j*sw+v-pw] * w[o][c][u][v]
// 越界的位置视为 0（零填充），所以不必真的构造填充后的数组。
std::vector<double> conv2d(const Shape& s, const std::vector<double>& x, const std::vector<double>& w,
                           const std::vector<double>& b, long oh, long ow) {
    std::vector<double> out(static_cast<std::size_t>(s.n * s.o * oh * ow));
    std::size_t k = 0;
    for (long n = 0; n < s.n; ++n)
        for (long o = 0; o < s.o; ++o)
            for (long i = 0; i < oh; ++i)
                for (long j = 0; j < ow; ++j) {
                    double acc = s.has_bias ? b[static_cast<std::size_t>(o)] : 0.0;
                    for (long c = 0; c < s.c; ++c)
                        for (long u = 0; u < s.kh; ++u) {
                            const long y = i * s.sh + u - s.ph;
                            if (y < 0 || y >= s.h) continue;  // 落在填充区，贡献为 0
                            for (long v = 0; v < s.kw; ++v) {
                                const long xx = j * s.sw + v - s.pw;
                                if (xx < 0 || xx >= s.w) continue;
                                acc += x[static_cast<std::size_t>(((n * s.c + c) * s.h + y) * s.w + xx)] *
                                       w[static_cast<std::size_t>(((o * s.c + c) * s.kh + u) * s.kw + v)];
                            }
                        }
                    out[k++] = acc;
                }
    return out;
}

int fail(const char* msg) {
    std::fprintf(stderr, "conv2d: %s\n", msg);
    return 1;
}

}  // namespace

int main() {
    Shape s{};
    if (!(std::cin >> s.n >> s.c >> s.h >> s.w >> s.o >> s.kh >> s.kw >> s.sh >> s.sw >> s.ph >> s.pw >> s.has_bias))
        return fail("expected header: N C H W O KH KW SH SW PH PW has_bias");
    if (s.n <= 0 || s.c <= 0 || s.h <= 0 || s.w <= 0 || s.o <= 0 || s.kh <= 0 || s.kw <= 0 || s.sh <= 0 ||
        s.sw <= 0 || s.ph < 0 || s.pw < 0 || (s.has_bias != 0 && s.has_bias != 1))
        return fail("sizes and strides must be positive, padding non-negative, has_bias 0 or 1");
    if (s.h + 2 * s.ph < s.kh || s.w + 2 * s.pw < s.kw) return fail("kernel larger than padded input");
    const long oh = (s.h + 2 * s.ph - s.kh) / s.sh + 1;  // 与 PyTorch 相同：向下取整
    const long ow = (s.w + 2 * s.pw - s.kw) / s.sw + 1;

    std::vector<double> x, w, b;
    if (!read_values(x, s.n * s.c * s.h * s.w)) return fail("not enough input values");
    if (!read_values(w, s.o * s.c * s.kh * s.kw)) return fail("not enough weight values");
    if (s.has_bias && !read_values(b, s.o)) return fail("not enough bias values");

    const std::vector<double> out = conv2d(s, x, w, b, oh, ow);
    std::printf("%ld %ld %ld %ld\n", s.n, s.o, oh, ow);
    for (std::size_t k = 0; k < out.size(); ++k)
        std::printf("%.9g%c", out[k], (k + 1) % static_cast<std::size_t>(ow) == 0 ? '\n' : ' ');
    return 0;
}
