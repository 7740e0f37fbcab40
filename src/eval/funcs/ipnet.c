/* ipnet.c - cidrhost, cidrnetmask, cidrsubnet, cidrsubnets.
 *
 * Terraform parses prefixes with its copy of Go 1.16's net.ParseCIDR (leading
 * zeros allowed: "010.1.2.3" is 10.1.2.3) and computes with go-cidr on big
 * integers.  Both are reproduced here, quirks included (IPv4-mapped IPv6
 * networks, negative subnet numbers, "<nil>" networks), since scripts
 * depend on the exact strings.  Big integers are GMP's. */
#include "funcs_int.h"

#include <gmp.h>
#include <stdio.h>

/* An address as Go's net.IP holds it: 4 or 16 bytes (0: nil). */
typedef struct Ip {
    uint8_t b[16];
    int len;
} Ip;

/* ---- parsing (Go 1.16 net, as vendored in Terraform's internal/ipaddr) ---- */

enum { GO_BIG = 0xFFFFFF };   /* dtoi/xtoi give up at this value */

/* Decimal digits at s[0..n): value, digits used; false when none or too big. */
static bool dtoi(const char *s, size_t n, int *val, size_t *used) {
    int v = 0;
    size_t i = 0;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
        v = v * 10 + (s[i] - '0');
        if (v >= GO_BIG) return false;
    }
    *val = v, *used = i;
    return i > 0;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool xtoi(const char *s, size_t n, int *val, size_t *used) {
    int v = 0;
    size_t i = 0;
    for (; i < n && hexval(s[i]) >= 0; i++) {
        v = v * 16 + hexval(s[i]);
        if (v >= GO_BIG) return false;
    }
    *val = v, *used = i;
    return i > 0;
}

/* ipv4 = dec "." dec "." dec "." dec  (each 0-255, leading zeros allowed) */
static bool parse_ipv4(const char *s, size_t n, uint8_t out[4]) {
    for (int i = 0; i < 4; i++) {
        if (n == 0) return false;
        if (i > 0) {
            if (*s != '.') return false;
            s++, n--;
        }
        int v;
        size_t c;
        if (!dtoi(s, n, &v, &c) || v > 0xFF) return false;
        s += c, n -= c;
        out[i] = (uint8_t)v;
    }
    return n == 0;
}

/* ipv6 = RFC 4291 text form, one "::" at most, optional trailing ipv4 */
static bool parse_ipv6(const char *s, size_t n, uint8_t ip[16]) {
    memset(ip, 0, 16);
    int ellipsis = -1, i = 0;
    if (n >= 2 && s[0] == ':' && s[1] == ':') {
        ellipsis = 0;
        s += 2, n -= 2;
        if (n == 0) return true;
    }
    while (i < 16) {
        int v;
        size_t c;
        if (!xtoi(s, n, &v, &c) || v > 0xFFFF) return false;
        if (c < n && s[c] == '.') {
            if (ellipsis < 0 && i != 12) return false;
            if (i + 4 > 16) return false;
            if (!parse_ipv4(s, n, ip + i)) return false;
            n = 0;
            i += 4;
            break;
        }
        ip[i] = (uint8_t)(v >> 8);
        ip[i + 1] = (uint8_t)v;
        i += 2;
        s += c, n -= c;
        if (n == 0) break;
        if (*s != ':' || n == 1) return false;
        s++, n--;
        if (*s == ':') {
            if (ellipsis >= 0) return false;
            ellipsis = i;
            s++, n--;
            if (n == 0) break;
        }
    }
    if (n != 0) return false;
    if (i < 16) {
        if (ellipsis < 0) return false;
        int gap = 16 - i;
        for (int j = i - 1; j >= ellipsis; j--) ip[j + gap] = ip[j];
        for (int j = ellipsis + gap - 1; j >= ellipsis; j--) ip[j] = 0;
    } else if (ellipsis >= 0) {
        return false;
    }
    return true;
}

/* ParseCIDR: the network address (masked) and its prefix length. */
static bool parse_cidr(const Value *v, Ip *net, int *ones) {
    const char *s = arg_str(v);
    const char *slash = memchr(s, '/', v->len);
    if (!slash) return false;
    size_t alen = (size_t)(slash - s), mlen = v->len - alen - 1;
    memset(net, 0, sizeof *net);
    if (parse_ipv4(s, alen, net->b)) net->len = 4;
    else if (parse_ipv6(s, alen, net->b)) net->len = 16;
    else return false;
    int n;
    size_t used;
    if (!dtoi(slash + 1, mlen, &n, &used) || used != mlen || n > 8 * net->len) return false;
    for (int i = 0; i < net->len; i++) {
        int bits = n - 8 * i;
        uint8_t m = bits >= 8 ? 0xFF : bits <= 0 ? 0 : (uint8_t)(0xFF << (8 - bits));
        net->b[i] &= m;
    }
    *ones = n;
    return true;
}

/* ---- Go's IP helpers --------------------------------------------------------- */

/* To4: the IPv4 form of a 4-byte or IPv4-mapped 16-byte address. */
static bool ip_to4(const Ip *ip, uint8_t out[4]) {
    if (ip->len == 4) {
        memcpy(out, ip->b, 4);
        return true;
    }
    static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
    if (ip->len == 16 && memcmp(ip->b, mapped, 12) == 0) {
        memcpy(out, ip->b + 12, 4);
        return true;
    }
    return false;
}

/* IP.String: dotted quad for IPv4 (and mapped), RFC 5952 for IPv6. */
static const char *ip_string(Arena *a, const Ip *ip) {
    uint8_t v4[4];
    if (ip->len == 0) return "<nil>";
    if (ip_to4(ip, v4)) return arena_printf(a, "%u.%u.%u.%u", v4[0], v4[1], v4[2], v4[3]);
    unsigned g[8];
    for (int i = 0; i < 8; i++) g[i] = (unsigned)ip->b[2 * i] << 8 | ip->b[2 * i + 1];
    int zs = -1, zlen = 1;    /* the first longest run of two or more zero groups */
    for (int i = 0; i < 8; i++) {
        int j = i;
        while (j < 8 && g[j] == 0) j++;
        if (j - i > zlen) zs = i, zlen = j - i;
    }
    char buf[48];
    size_t n = 0;
    for (int i = 0; i < 8; i++) {
        if (i == zs) {
            n += (size_t)snprintf(buf + n, sizeof buf - n, "::");
            i += zlen - 1;
            continue;
        }
        if (i > 0 && i != zs + zlen) buf[n++] = ':';
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%x", g[i]);
    }
    return arena_strndup(a, buf, n);
}

/* IPNet.String for an address with a CIDR mask of `ones` bits out of
 * mask_len bytes (ones < 0 or too long: no mask, "<nil>"). */
static const char *ipnet_string(Arena *a, const Ip *ip, int ones, int mask_len) {
    if (ones < 0 || ones > 8 * mask_len || ip->len == 0) return "<nil>";
    Ip nn = *ip;
    uint8_t v4[4];
    if (ip_to4(ip, v4)) {
        memcpy(nn.b, v4, 4);
        nn.len = 4;
    } else if (ip->len != 16) {
        return "<nil>";
    }
    if (mask_len == 4 && nn.len != 4) return "<nil>";
    if (mask_len == 16 && nn.len == 4) ones = ones > 96 ? ones - 96 : 0;   /* mask[12:] */
    return arena_printf(a, "%s/%d", ip_string(a, &nn), ones);
}

static void ip_to_mpz(mpz_t z, const Ip *ip) { mpz_import(z, (size_t)ip->len, 1, 1, 0, 0, ip->b); }

/* intToIP: |z| packed into len bytes; false where go-cidr would index out
 * of range (the value needs more bytes). */
static bool mpz_to_ip(const mpz_t z, int len, Ip *ip) {
    memset(ip, 0, sizeof *ip);
    ip->len = len;
    if (mpz_sgn(z) == 0) return true;
    size_t need = (mpz_sizeinbase(z, 2) + 7) / 8;
    if (need > (size_t)len) return false;
    size_t count;
    mpz_export(ip->b + len - need, &count, 1, 1, 0, 0, z);
    return true;
}

/* big.Int.Uint64: the low 64 bits of |z|. */
static uint64_t mpz_low_u64(const mpz_t z) {
    uint8_t buf[8] = {0};
    size_t bytes, count;
    mpz_t m;
    mpz_init(m);
    mpz_abs(m, z);
    mpz_fdiv_r_2exp(m, m, 64);
    bytes = (mpz_sizeinbase(m, 2) + 7) / 8;
    if (mpz_sgn(m) != 0) mpz_export(buf + 8 - bytes, &count, 1, 1, 0, 0, m);
    mpz_clear(m);
    uint64_t u = 0;
    for (int i = 0; i < 8; i++) u = u << 8 | buf[i];
    return u;
}

/* go-cidr's big.NewInt(int64(num.Uint64())): those bits as a signed int64. */
static void mpz_go_low64(mpz_t out, const mpz_t z) {
    uint64_t u = mpz_low_u64(z);
    bool neg = u >> 63;
    uint64_t mag = neg ? ~u + 1 : u;
    mpz_import(out, 1, 1, sizeof mag, 0, 0, &mag);
    if (neg) mpz_neg(out, out);
}

/* Decimal text of z in the arena. */
static const char *mpz_text(Arena *a, const mpz_t z) {
    char *buf = ARENA_ARRAY(a, char, mpz_sizeinbase(z, 10) + 2);
    return mpz_get_str(buf, 10, z);
}

/* ---- arguments ------------------------------------------------------------------ */

/* A whole number argument as a big integer (gocty into *big.Int). */
static bool arg_bigint(FuncCall *fc, const Value *v, mpz_t out) {
    if (!num_is_integer(v) || num_is_inf(v)) return false;
    mpz_set_str(out, num_format(fc->a, v), 10);
    return true;
}

static const char *const INT_RANGE =
    "value must be a whole number, between -9223372036854775808 and 9223372036854775807";

static const char *bad_cidr(FuncCall *fc, const char *s) {
    return arena_printf(fc->a, "invalid CIDR expression: invalid CIDR address: %s", s);
}

static const char *const PANIC = "panic in function implementation: runtime error: index out of range [-1]";

/* ---- the functions ---------------------------------------------------------------- */

Value *fn_cidrhost(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    mpz_t num, max, low;
    mpz_inits(num, max, low, NULL);
    Value *r = NULL;
    Ip net, out;
    int ones;
    if (!arg_bigint(fc, args[1], num)) {
        func_fail(fc, "value must be a whole number");
        goto done;
    }
    if (!parse_cidr(args[0], &net, &ones)) {
        func_fail(fc, "%s", bad_cidr(fc, arg_str(args[0])));
        goto done;
    }
    /* hostBig: a negative number counts back from the last address */
    mpz_set_ui(max, 1);
    mpz_mul_2exp(max, max, (mp_bitcnt_t)(8 * net.len - ones));
    mpz_sub_ui(max, max, 1);
    mpz_go_low64(low, num);
    if (mpz_sgn(num) < 0) {
        mpz_neg(low, num);
        mpz_sub_ui(low, low, 1);
        mpz_sub(num, max, low);
    }
    if (mpz_cmp(low, max) > 0) {
        func_fail(fc, "prefix of %d does not accommodate a host numbered %s", ones, mpz_text(fc->a, num));
        goto done;
    }
    /* insertNumIntoIP(ip, num, bitlength): mapped networks count as 32 bits */
    uint8_t v4[4];
    int bitlength = ip_to4(&net, v4) ? 32 : 128;
    mpz_mul_2exp(num, num, (mp_bitcnt_t)(8 * net.len - bitlength));
    ip_to_mpz(max, &net);
    mpz_ior(max, max, num);
    if (!mpz_to_ip(max, net.len, &out)) {
        func_fail(fc, "%s", PANIC);
        goto done;
    }
    r = val_cstring(fc->a, ip_string(fc->a, &out));
done:
    mpz_clears(num, max, low, NULL);
    return r;
}

Value *fn_cidrnetmask(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    Ip net, mask;
    int ones;
    uint8_t v4[4];
    if (!parse_cidr(args[0], &net, &ones)) return func_fail(fc, "%s", bad_cidr(fc, arg_str(args[0])));
    if (!ip_to4(&net, v4)) return func_fail(fc, "IPv6 addresses cannot have a netmask: %s", arg_str(args[0]));
    memset(&mask, 0, sizeof mask);
    mask.len = net.len;
    for (int i = 0; i < ones; i++) mask.b[i / 8] |= (uint8_t)(0x80 >> (i % 8));
    return val_cstring(fc->a, ip_string(fc->a, &mask));
}

Value *fn_cidrsubnet(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    int64_t newbits;
    if (!num_to_i64(args[1], &newbits)) return func_fail(fc, "%s", INT_RANGE);
    mpz_t num, ipz;
    mpz_inits(num, ipz, NULL);
    Value *r = NULL;
    Ip net, out;
    int ones;
    if (!arg_bigint(fc, args[2], num)) {
        func_fail(fc, "value must be a whole number");
        goto done;
    }
    if (!parse_cidr(args[0], &net, &ones)) {
        func_fail(fc, "%s", bad_cidr(fc, arg_str(args[0])));
        goto done;
    }
    int addr_len = 8 * net.len;
    int64_t new_len = (int64_t)((uint64_t)ones + (uint64_t)newbits);
    if (new_len > addr_len) {
        func_fail(fc, "insufficient address space to extend prefix of %d by %jd", ones, (intmax_t)newbits);
        goto done;
    }
    /* maxNetNum := uint64(1<<uint64(newBits)) - 1, compared with num.Uint64() */
    uint64_t max_net = ((uint64_t)newbits < 64 ? (uint64_t)1 << newbits : 0) - 1;
    if (mpz_low_u64(num) > max_net) {
        func_fail(fc, "prefix extension of %jd does not accommodate a subnet numbered %s", (intmax_t)newbits,
                  mpz_text(fc->a, num));
        goto done;
    }
    /* insertNumIntoIP: num << (bits - newPrefixLen), OR'ed in two's complement */
    int64_t shift = addr_len - new_len;
    if (shift > 4096) {
        func_fail(fc, "%s", PANIC);
        goto done;
    }
    mpz_mul_2exp(num, num, (mp_bitcnt_t)shift);
    ip_to_mpz(ipz, &net);
    mpz_ior(ipz, ipz, num);
    if (!mpz_to_ip(ipz, net.len, &out)) {
        func_fail(fc, "%s", PANIC);
        goto done;
    }
    r = val_cstring(fc->a, ipnet_string(fc->a, &out, (int)new_len, net.len));
done:
    mpz_clears(num, ipz, NULL);
    return r;
}

/* ---- cidrsubnets: consecutive subnets with go-cidr's Previous/NextSubnet ---- */

static void ip_mask(Ip *ip, int ones) {
    for (int i = 0; i < ip->len; i++) {
        int bits = ones - 8 * i;
        ip->b[i] &= bits >= 8 ? 0xFF : bits <= 0 ? 0 : (uint8_t)(0xFF << (8 - bits));
    }
}

/* The last address of ip/ones: host bits all set. */
static void ip_fill(Ip *ip, int ones) {
    for (int i = 0; i < ip->len; i++) {
        int bits = ones - 8 * i;
        ip->b[i] |= bits >= 8 ? 0 : bits <= 0 ? 0xFF : (uint8_t)(0xFF >> bits);
    }
}

static void ip_step(Ip *ip, int delta) {
    for (int j = ip->len - 1; j >= 0; j--) {
        ip->b[j] = (uint8_t)(ip->b[j] + delta);
        if (ip->b[j] != (delta > 0 ? 0 : 0xFF)) break;
    }
}

static bool ip_is_zero(const Ip *ip) {
    uint8_t v4[4];
    if (ip_to4(ip, v4)) return (v4[0] | v4[1] | v4[2] | v4[3]) == 0;
    for (int i = 0; i < ip->len; i++)
        if (ip->b[i]) return false;
    return true;
}

/* IPNet.Contains for a network that is not IPv4-mapped. */
static bool net_contains(const Ip *net, int ones, const Ip *ip) {
    Ip x = *ip;
    uint8_t v4[4];
    if (ip_to4(ip, v4)) memcpy(x.b, v4, 4), x.len = 4;
    if (x.len != net->len) return false;
    ip_mask(&x, ones);
    return memcmp(x.b, net->b, (size_t)x.len) == 0;
}

Value *fn_cidrsubnets(FuncCall *fc, Value **args, uint32_t nargs) {
    Ip net;
    int ones;
    if (!parse_cidr(args[0], &net, &ones))
        return func_arg_error(fc, 0, "%s", bad_cidr(fc, arg_str(args[0])));
    if (nargs == 1) return val_list(fc->a, &type_string, NULL, 0);
    int64_t first;
    if (!num_to_i64(args[1], &first)) return func_arg_error(fc, 1, "%s", INT_RANGE);
    uint8_t v4[4];
    bool mapped = net.len == 16 && ip_to4(&net, v4);
    /* PreviousSubnet(network, first + ones): the block just below the start */
    Ip cur = net;
    int cur_len = (int)(first + ones);
    ip_step(&cur, -1);
    if (cur_len >= 0 && cur_len <= 8 * net.len) ip_mask(&cur, cur_len);
    Value **items = ARENA_ARRAY(fc->a, Value *, nargs - 1);
    for (uint32_t i = 1; i < nargs; i++) {
        int64_t len;
        if (!num_to_i64(args[i], &len)) return func_arg_error(fc, (int)i, "%s", INT_RANGE);
        if (len < 1) return func_arg_error(fc, (int)i, "must extend prefix by at least one bit");
        if (len > 32) return func_arg_error(fc, (int)i, "may not extend prefix by more than 32 bits");
        len += ones;
        if (len > 8 * net.len)
            return func_arg_error(fc, (int)i, "would extend prefix to %d bits, which is too long for an %s address",
                                  (int)len, net.len == 4 ? "IPv4" : "IPv6");
        const char *after = mapped ? "<nil>" : ipnet_string(fc->a, &cur, cur_len, net.len);
        /* NextSubnet(cur, len): past the end of cur, aligned to len */
        Ip next = cur;
        ip_fill(&next, cur_len);
        ip_mask(&next, (int)len);
        ip_fill(&next, (int)len);
        ip_step(&next, 1);
        if (mapped || ip_is_zero(&next) || !net_contains(&net, ones, &next))
            return func_arg_error(fc, (int)i,
                                  "not enough remaining address space for a subnet with a prefix of %d bits after %s",
                                  (int)len, after);
        cur = next;
        cur_len = (int)len;
        items[i - 1] = val_cstring(fc->a, ipnet_string(fc->a, &cur, cur_len, net.len));
    }
    return val_list(fc->a, &type_string, items, nargs - 1);
}
