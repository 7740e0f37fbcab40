/* crypto.c - Terraform's crypto functions (see crypto.def for their signatures):
 * digests through libcrypto's EVP interface (md5 ... sha512, their base64 forms,
 * and the file* variants reading paths as Terraform's openFile does), uuidv5 as
 * RFC 4122 names it, rsadecrypt (PKCS #1 v1.5, the PEM key read as Go's pem, x509
 * and ssh packages read it), and the impure bcrypt and uuid (unknown until apply).
 */
#include "funcs_int.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <unistd.h>
#include <utf8proc.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

/* ---- shared helpers ------------------------------------------------------- */

static const char *hex_string(Arena *a, const unsigned char *d, unsigned n) {
    static const char hex[] = "0123456789abcdef";
    char *s = arena_alloc(a, 2 * (size_t)n + 1);
    for (unsigned i = 0; i < n; i++) s[2 * i] = hex[d[i] >> 4], s[2 * i + 1] = hex[d[i] & 15];
    return s;
}

static const char *base64_string(Arena *a, const unsigned char *d, unsigned n) {
    char *s = arena_alloc(a, 4 * ((size_t)n / 3 + 1) + 1);
    EVP_EncodeBlock((unsigned char *)s, d, (int)n);
    return s;
}

/* base64.StdEncoding.DecodeString's acceptance (padding required, line
 * breaks skipped, nothing after the padding); true with the bytes in out. */
static bool base64_decode_go(const char *s, size_t n, StrBuf *out) {
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t i = 0;
    while (i < n) {
        uint32_t q[4] = {0, 0, 0, 0};
        size_t j = 0;
        while (j < 4) {
            if (i == n) return j == 0;
            char c = s[i++];
            const char *p = c ? strchr(alphabet, c) : NULL;
            if (p) {
                q[j++] = (uint32_t)(p - alphabet);
                continue;
            }
            if (c == '\r' || c == '\n') continue;
            if (c != '=' || j < 2) return false;
            if (j == 2) { /* a second '=' must follow */
                while (i < n && (s[i] == '\r' || s[i] == '\n')) i++;
                if (i == n || s[i++] != '=') return false;
            }
            while (i < n && (s[i] == '\r' || s[i] == '\n')) i++;
            if (i < n) return false;
            break;
        }
        uint32_t v = q[0] << 18 | q[1] << 12 | q[2] << 6 | q[3];
        char b[3] = {(char)(v >> 16), (char)(v >> 8), (char)v};
        sb_append(out, b, j - 1);
        if (j < 4) break;
    }
    return true;
}

/* ---- digests of strings --------------------------------------------------- */

static Value *digest(FuncCall *fc, const Value *s, const EVP_MD *md, bool b64) {
    unsigned char d[EVP_MAX_MD_SIZE];
    unsigned n = 0;
    if (!EVP_Digest(arg_str(s), s->len, d, &n, md, NULL)) return func_fail(fc, "digest failed");
    return val_cstring(fc->a, b64 ? base64_string(fc->a, d, n) : hex_string(fc->a, d, n));
}

Value *fn_md5(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return digest(fc, args[0], EVP_md5(), false);
}

Value *fn_sha1(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return digest(fc, args[0], EVP_sha1(), false);
}

Value *fn_sha256(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return digest(fc, args[0], EVP_sha256(), false);
}

Value *fn_sha512(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return digest(fc, args[0], EVP_sha512(), false);
}

Value *fn_base64sha256(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return digest(fc, args[0], EVP_sha256(), true);
}

Value *fn_base64sha512(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return digest(fc, args[0], EVP_sha512(), true);
}

/* ---- digests of files ----------------------------------------------------- */

/* openFile's path: "~" expanded (homedir.Expand), relative paths joined to
 * the module directory, cleaned.  NULL with *err when ~user is asked for. */
static const char *file_path(FuncCall *fc, const char *path, const char **err) {
    if (path[0] == '~') {
        if (path[1] && path[1] != '/' && path[1] != '\\') {
            *err = "failed to expand ~: cannot expand user-specific home dir";
            return NULL;
        }
        const char *home = getenv("HOME");
        path = arena_printf(fc->a, "%s/%s", home ? home : "", path + 1);
    }
    if (path[0] != '/') path = arena_printf(fc->a, "%s/%s", fc->base_dir ? fc->base_dir : ".", path);
    return go_path_clean(fc->a, path);
}

/* An errno as Go's syscall.Errno prints it (strerror, lower-cased). */
static const char *errno_text(Arena *a, int e) {
    char *s = arena_printf(a, "%s", strerror(e));
    if (s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z')) s[0] = (char)(s[0] - 'A' + 'a');
    return s;
}

static Value *file_digest(FuncCall *fc, const Value *arg, const EVP_MD *md, bool b64) {
    const char *err = NULL, *path = file_path(fc, arg_str(arg), &err);
    if (!path) return func_fail(fc, "%s", err);
    if (memchr(arg_str(arg), 0, arg->len)) return func_fail(fc, "open %s: invalid argument", path);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return func_fail(fc, "open %s: %s", path, errno_text(fc->a, errno));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    enum { CHUNK = 1 << 16 };
    unsigned char *buf = mem_alloc(CHUNK);
    bool ok = ctx && EVP_DigestInit_ex(ctx, md, NULL);
    int read_errno = 0;
    while (ok) {
        ssize_t k = read(fd, buf, CHUNK);
        if (k < 0 && errno == EINTR) continue;
        if (k < 0) read_errno = errno;
        if (k <= 0) break;
        ok = EVP_DigestUpdate(ctx, buf, (size_t)k);
    }
    unsigned char d[EVP_MAX_MD_SIZE];
    unsigned n = 0;
    ok = ok && !read_errno && EVP_DigestFinal_ex(ctx, d, &n);
    mem_free(buf);
    EVP_MD_CTX_free(ctx);
    close(fd);
    if (read_errno) return func_fail(fc, "read %s: %s", path, errno_text(fc->a, read_errno));
    if (!ok) return func_fail(fc, "digest failed");
    return val_cstring(fc->a, b64 ? base64_string(fc->a, d, n) : hex_string(fc->a, d, n));
}

Value *fn_filemd5(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return file_digest(fc, args[0], EVP_md5(), false);
}

Value *fn_filesha1(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return file_digest(fc, args[0], EVP_sha1(), false);
}

Value *fn_filesha256(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return file_digest(fc, args[0], EVP_sha256(), false);
}

Value *fn_filesha512(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return file_digest(fc, args[0], EVP_sha512(), false);
}

Value *fn_filebase64sha256(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return file_digest(fc, args[0], EVP_sha256(), true);
}

Value *fn_filebase64sha512(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    return file_digest(fc, args[0], EVP_sha512(), true);
}

/* ---- uuidv5 ----------------------------------------------------------------- */

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* github.com/google/uuid's Parse; NULL on success, else its error text. */
static const char *uuid_parse(Arena *a, const char *s, size_t n, unsigned char out[16]) {
    static const unsigned char at[16] = {0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};
    if (n == 32) {
        for (int i = 0; i < 16; i++) {
            int hi = hexval(s[2 * i]), lo = hexval(s[2 * i + 1]);
            if (hi < 0 || lo < 0) return "invalid UUID format";
            out[i] = (unsigned char)(hi << 4 | lo);
        }
        return NULL;
    }
    if (n == 36 + 9) {
        if (strncasecmp(s, "urn:uuid:", 9) != 0)
            return arena_printf(a, "invalid urn prefix: %s", val_go_quote(a, s, 9));
        s += 9;
    } else if (n == 36 + 2) {
        s += 1;
    } else if (n != 36) {
        return arena_printf(a, "invalid UUID length: %zu", n);
    }
    if (s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-') return "invalid UUID format";
    for (int i = 0; i < 16; i++) {
        int hi = hexval(s[at[i]]), lo = hexval(s[at[i] + 1]);
        if (hi < 0 || lo < 0) return "invalid UUID format";
        out[i] = (unsigned char)(hi << 4 | lo);
    }
    return NULL;
}

Value *fn_uuidv5(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    static const char *const named[][2] = {
        {"dns", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"}, {"url", "6ba7b811-9dad-11d1-80b4-00c04fd430c8"},
        {"oid", "6ba7b812-9dad-11d1-80b4-00c04fd430c8"}, {"x500", "6ba7b814-9dad-11d1-80b4-00c04fd430c8"}};
    const char *ns = arg_str(args[0]);
    size_t ns_len = args[0]->len;
    for (size_t i = 0; i < 4; i++)
        if (strcmp(ns, named[i][0]) == 0) ns = named[i][1], ns_len = 36;
    unsigned char space[16];
    const char *err = uuid_parse(fc->a, ns, ns_len, space);
    if (err) return func_fail(fc, "uuidv5() doesn't support namespace %s (%s)", arg_str(args[0]), err);
    unsigned char h[EVP_MAX_MD_SIZE];
    unsigned hn = 0;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha1(), NULL) && EVP_DigestUpdate(ctx, space, 16) &&
              EVP_DigestUpdate(ctx, arg_str(args[1]), args[1]->len) && EVP_DigestFinal_ex(ctx, h, &hn);
    EVP_MD_CTX_free(ctx);
    if (!ok) return func_fail(fc, "digest failed");
    h[6] = (unsigned char)((h[6] & 0x0f) | 0x50);
    h[8] = (unsigned char)((h[8] & 0x3f) | 0x80);
    const char *x = hex_string(fc->a, h, 16);
    return val_cstring(fc->a, arena_printf(fc->a, "%.8s-%.4s-%.4s-%.4s-%.12s", x, x + 8, x + 12, x + 16, x + 20));
}

/* ---- rsadecrypt ------------------------------------------------------------- */

typedef struct PemBlock {
    const char *type;            /* "RSA PRIVATE KEY" */
    bool encrypted;              /* a Proc-Type header saying ENCRYPTED */
    StrBuf der;
} PemBlock;

static bool has_prefix(const char *p, const char *end, const char *prefix) {
    size_t n = strlen(prefix);
    return (size_t)(end - p) >= n && memcmp(p, prefix, n) == 0;
}

static const char *find(const char *p, const char *end, const char *needle) {
    size_t n = strlen(needle);
    for (; (size_t)(end - p) >= n; p++)
        if (memcmp(p, needle, n) == 0) return p;
    return NULL;
}

/* pem's getLine: [p, *line_end) is the line without "\r\n" and trailing
 * blanks; the next line starts at the result. */
static const char *get_line(const char *p, const char *end, const char **line_end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p)), *e = nl ? nl : end;
    if (nl && e > p && e[-1] == '\r') e--;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t')) e--;
    *line_end = e;
    return nl ? nl + 1 : end;
}

static const char *trim_blanks(Arena *a, const char *p, const char *e) {
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n')) e--;
    return arena_strndup(a, p, (size_t)(e - p));
}

/* encoding/pem's Decode, step for step: the first block whose BEGIN line,
 * "Key: value" headers, END line and base64 body are all well formed. */
static bool pem_decode(Arena *a, const char *s, size_t n, PemBlock *b) {
    const char *end = s + n, *rest = s;
    for (;;) {
        if (has_prefix(rest, end, "-----BEGIN ")) {
            rest += 11;
        } else {
            const char *at = find(rest, end, "\n-----BEGIN ");
            if (!at) return false;
            rest = at + 12;
        }
        const char *te, *type_start = rest;
        rest = get_line(rest, end, &te);
        if (te - type_start < 5 || memcmp(te - 5, "-----", 5) != 0) continue;
        const char *type = arena_strndup(a, type_start, (size_t)(te - 5 - type_start));
        size_t type_len = strlen(type);
        const char *proc_type = "";
        bool headers = false;
        for (;;) {
            if (rest == end) return false;
            const char *le, *next = get_line(rest, end, &le), *colon = memchr(rest, ':', (size_t)(le - rest));
            if (!colon) break;
            if (strcmp(trim_blanks(a, rest, colon), "Proc-Type") == 0) proc_type = trim_blanks(a, colon + 1, le);
            headers = true;
            rest = next;
        }
        const char *body_end, *trailer;
        if (!headers && has_prefix(rest, end, "-----END ")) {
            body_end = rest;
            trailer = rest + 9;
        } else {
            body_end = find(rest, end, "\n-----END ");
            if (!body_end) continue;
            trailer = body_end + 10;
        }
        if ((size_t)(end - trailer) < type_len + 5 || memcmp(trailer, type, type_len) != 0 ||
            memcmp(trailer + type_len, "-----", 5) != 0)
            continue;
        const char *tail = trailer + type_len + 5, *tail_end;
        get_line(tail, end, &tail_end);
        if (tail_end != tail) continue;
        StrBuf text = {0}, der = {0};
        for (const char *q = rest; q < body_end; q++)
            if (*q != ' ' && *q != '\t') sb_putc(&text, *q);
        bool ok = base64_decode_go(text.data ? text.data : "", text.len, &der);
        sb_free(&text);
        if (!ok) {
            sb_free(&der);
            continue;
        }
        b->type = type;
        b->encrypted = strstr(proc_type, "ENCRYPTED") != NULL;
        b->der = der;
        return true;
    }
}

/* One DER header at *p: its tag, and the content length in *len. */
static bool der_header(const unsigned char **p, const unsigned char *end, unsigned *tag, size_t *len) {
    if (end - *p < 2) return false;
    *tag = *(*p)++;
    size_t n = *(*p)++;
    if (n & 0x80) {
        size_t k = n & 0x7f;
        if (k == 0 || k > 4 || (size_t)(end - *p) < k) return false;
        for (n = 0; k--;) n = n << 8 | *(*p)++;
    }
    if ((size_t)(end - *p) < n) return false;
    *len = n;
    return true;
}

/* Which private-key structure DER has, told apart as Go's parsers do by the
 * field after the version: 'R' PKCS #1 (an INTEGER), '8' PKCS #8 (the
 * algorithm SEQUENCE), 'E' SEC 1 (an OCTET STRING); 0 if none. */
static char der_shape(const unsigned char *der, long len) {
    const unsigned char *p = der, *end = der + (len > 0 ? len : 0);
    unsigned tag;
    size_t n;
    if (!der || !der_header(&p, end, &tag, &n) || tag != 0x30) return 0;
    end = p + n;
    if (!der_header(&p, end, &tag, &n) || tag != 0x02) return 0;
    p += n;
    if (!der_header(&p, end, &tag, &n)) return 0;
    return tag == 0x02 ? 'R' : tag == 0x30 ? '8' : tag == 0x04 ? 'E' : 0;
}

/* The DER of a PEM block of type `type` as x509's ParsePKCS1PrivateKey,
 * ParsePKCS8PrivateKey or ParseECPrivateKey (or ssh's DSA parser) reads it;
 * on failure *err says, as Go does, when the data has another of those
 * shapes.  (Go's other ASN.1 errors name its decoder's internals; they are
 * not reproduced.) */
static EVP_PKEY *der_key(const char *type, const unsigned char *der, long len, const char **err) {
    static const char *const use[] = {
        "invalid private key: x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)",
        "invalid private key: x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)",
        "invalid private key: x509: failed to parse private key (use ParseECPrivateKey instead for this key format)"};
    char want = strcmp(type, "PRIVATE KEY") == 0 ? '8' : strcmp(type, "EC PRIVATE KEY") == 0 ? 'E' : 'R';
    char shape = der_shape(der, len);
    EVP_PKEY *key = NULL;
    if (shape == want && want == '8') {
        const unsigned char *p = der;
        PKCS8_PRIV_KEY_INFO *info = d2i_PKCS8_PRIV_KEY_INFO(NULL, &p, len);
        key = info ? EVP_PKCS82PKEY(info) : NULL;
        PKCS8_PRIV_KEY_INFO_free(info);
    } else if (shape == want) {
        const unsigned char *p = der;
        int id = want == 'E' ? EVP_PKEY_EC : strcmp(type, "DSA PRIVATE KEY") == 0 ? EVP_PKEY_DSA : EVP_PKEY_RSA;
        key = d2i_PrivateKey(id, NULL, &p, len);
    }
    ERR_clear_error();
    if (key) return key;
    if (len == 0) *err = "invalid ASN1 data in the given private key: sequence truncated";
    else if (shape && shape != want && strcmp(type, "DSA PRIVATE KEY") != 0)
        *err = use[shape == 'R' ? 0 : shape == '8' ? 1 : 2];
    else *err = "invalid private key: x509: failed to parse private key";
    return NULL;
}

/* The key in a PEM block as ssh.ParseRawPrivateKey reads it; NULL with *err
 * (an argument error) or *unknown (a format this build does not read). */
static EVP_PKEY *parse_private_key(FuncCall *fc, const char *pem, size_t n, const char **err, bool *unknown) {
    PemBlock b = {0};
    if (!pem_decode(fc->a, pem, n, &b)) {
        *err = "invalid private key: ssh: no key found";
        return NULL;
    }
    EVP_PKEY *key = NULL;
    const unsigned char *der = (const unsigned char *)b.der.data;
    long len = (long)b.der.len;
    if (b.encrypted) {
        *err = "invalid private key: ssh: this private key is passphrase protected";
    } else if (strcmp(b.type, "RSA PRIVATE KEY") == 0 || strcmp(b.type, "PRIVATE KEY") == 0 ||
               strcmp(b.type, "EC PRIVATE KEY") == 0 || strcmp(b.type, "DSA PRIVATE KEY") == 0) {
        key = der_key(b.type, der, len, err);
    } else if (strcmp(b.type, "OPENSSH PRIVATE KEY") == 0) {
        *unknown = true;
    } else {
        *err = arena_printf(fc->a, "invalid private key: ssh: unsupported key type %s",
                            val_go_quote(fc->a, b.type, strlen(b.type)));
    }
    sb_free(&b.der);
    if (key && EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        *err = arena_printf(fc->a, "invalid private key type %s", EVP_PKEY_get0_type_name(key));
        EVP_PKEY_free(key);
        key = NULL;
    }
    return key;
}

Value *fn_rsadecrypt(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const char *ct = arg_str(args[0]);
    StrBuf raw = {0};
    if (!base64_decode_go(ct, args[0]->len, &raw)) {
        sb_free(&raw);
        return func_arg_error(fc, 0, "failed to decode input %s: cipher text must be base64-encoded",
                              val_go_quote(fc->a, ct, args[0]->len));
    }
    const char *err = NULL;
    bool unknown = false;
    EVP_PKEY *key = parse_private_key(fc, arg_str(args[1]), args[1]->len, &err, &unknown);
    if (!key) {
        sb_free(&raw);
        return unknown ? func_unknown_result(fc) : func_arg_error(fc, 1, "%s", err);
    }
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, NULL);
    size_t outlen = (size_t)EVP_PKEY_get_size(key);
    unsigned char *out = mem_alloc(outlen + 1);
    bool ok = ctx && raw.len > 0 && EVP_PKEY_decrypt_init(ctx) > 0 &&
              EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0;
    /* Go reports bad padding; OpenSSL 3.2+ would otherwise return random bytes */
    if (ok) EVP_PKEY_CTX_ctrl_str(ctx, "rsa_pkcs1_implicit_rejection", "0");
    ok = ok && EVP_PKEY_decrypt(ctx, out, &outlen, (const unsigned char *)raw.data, raw.len) > 0;
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(key);
    sb_free(&raw);
    Value *v = NULL;
    if (ok) {
        /* the plaintext is text in practice; invalid UTF-8 becomes U+FFFD */
        StrBuf sb = {0};
        for (size_t i = 0; i < outlen;) {
            uint32_t cp;
            int w = utf8_decode(out + i, outlen - i, &cp);
            if (w) sb_append(&sb, (const char *)out + i, (size_t)w), i += (size_t)w;
            else sb_puts(&sb, "\xEF\xBF\xBD"), i++;
        }
        v = val_string(fc->a, sb.data ? sb.data : "", sb.len);
        sb_free(&sb);
    }
    mem_free(out);
    return v ? v : func_fail(fc, "failed to decrypt: crypto/rsa: decryption error");
}

/* ---- impure: bcrypt and uuid ----------------------------------------------------
 * Their results differ between runs, so they are unknown here (funcs.def marks
 * them FF_IMPURE); the bodies check what Terraform checks before hashing. */

Value *fn_bcrypt(FuncCall *fc, Value **args, uint32_t nargs) {
    if (nargs > 2) return func_fail(fc, "bcrypt() takes no more than two arguments");
    int64_t cost = 10;
    if (nargs > 1 && !num_to_i64(args[1], &cost))
        return func_fail(fc, "value must be a whole number, between -9223372036854775808 and 9223372036854775807");
    if (cost > 31)
        return func_fail(fc, "error occured generating password crypto/bcrypt: cost %lld is outside allowed range (4,31)",
                         (long long)cost);
    if (args[0]->len > 72)
        return func_fail(fc, "error occured generating password bcrypt: password length exceeds 72 bytes");
    return func_unknown_result(fc);
}

Value *fn_uuid(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args, (void)nargs;
    return func_unknown_result(fc);
}
