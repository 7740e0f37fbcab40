/* encoding.c - Terraform's encoding functions (see encoding.def for their signatures),
 * each as the Go code Terraform runs: encoding/base64, compress/flate's level-6
 * compressor ported so base64gzip's bytes are Go's, encoding/csv, encoding/json's
 * Decoder and cty's marshaller, golang.org/x/text by IANA name, url.QueryEscape,
 * go-cty-yaml resolving libyaml's events, and go-yaml's emitter for yamlencode.
 */
#include "funcs_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <utf8proc.h>
#include <yaml.h>
#include <zlib.h>

/* ---- shared helpers ------------------------------------------------------- */

/* The string built in sb as a value (normalised to NFC as cty.StringVal
 * does); frees sb. */
static Value *sb_value(FuncCall *fc, StrBuf *sb) {
    Value *v = val_string(fc->a, sb->data ? sb->data : "", sb->len);
    sb_free(sb);
    return v;
}

/* Values nest no deeper than this here (the parser and the decoders stop far
 * sooner); the encoders refuse deeper ones. */
enum { MAX_VALUE_DEPTH = 4096 };

/* Whether anything inside v is marked sensitive (cty's functions see marks
 * deep inside their arguments and put them on the result). */
static bool deep_sensitive(const Value *v, int depth) {
    if (v->sensitive || depth > MAX_VALUE_DEPTH) return true;
    if (v->kind == V_UNKNOWN || v->kind == V_NULL) return false;
    for (uint32_t i = 0; i < v->count && v->items; i++)
        if (deep_sensitive(v->items[i], depth + 1)) return true;
    return false;
}

static bool valid_utf8(const char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int w = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (w == 0) return false;
        i += (size_t)w;
    }
    return true;
}

/* ---- base64 (encoding/base64's StdEncoding) ----------------------------- */

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void b64_encode(StrBuf *out, const unsigned char *s, size_t n) {
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8 | s[i + 2];
        char q[4] = {B64[v >> 18], B64[v >> 12 & 63], B64[v >> 6 & 63], B64[v & 63]};
        sb_append(out, q, 4);
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)s[i] << 16;
        char q[4] = {B64[v >> 18], B64[v >> 12 & 63], '=', '='};
        sb_append(out, q, 4);
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8;
        char q[4] = {B64[v >> 18], B64[v >> 12 & 63], B64[v >> 6 & 63], '='};
        sb_append(out, q, 4);
    }
}

static int b64_value(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static bool is_crlf(char c) { return c == '\r' || c == '\n'; }

/* One quantum of Go's decodeQuantum: up to four symbols (line breaks
 * skipped) at s[*si].  Returns false with *bad = CorruptInputError's offset. */
static bool b64_quantum(const char *s, size_t n, size_t *si, StrBuf *out, size_t *bad, bool *done) {
    int dbuf[4] = {0, 0, 0, 0};
    size_t dlen = 4;
    for (size_t j = 0; j < 4; j++) {
        if (*si == n) {
            if (j == 0) {
                *done = true;
                return true;
            }
            *bad = *si - j; /* padding is required */
            return false;
        }
        unsigned char in = (unsigned char)s[(*si)++];
        int v = b64_value(in);
        if (v >= 0) {
            dbuf[j] = v;
            continue;
        }
        if (is_crlf((char)in)) {
            j--;
            continue;
        }
        if (in != '=' || j < 2) {
            *bad = *si - 1;
            return false;
        }
        if (j == 2) { /* "==" expected; the first is consumed */
            while (*si < n && is_crlf(s[*si])) (*si)++;
            if (*si == n) {
                *bad = n;
                return false;
            }
            if (s[*si] != '=') {
                *bad = *si - 1;
                return false;
            }
            (*si)++;
        }
        while (*si < n && is_crlf(s[*si])) (*si)++;
        if (*si < n) {
            *bad = *si; /* trailing garbage */
            return false;
        }
        dlen = j;
        break;
    }
    uint32_t val = (uint32_t)dbuf[0] << 18 | (uint32_t)dbuf[1] << 12 | (uint32_t)dbuf[2] << 6 | (uint32_t)dbuf[3];
    char b[3] = {(char)(val >> 16), (char)(val >> 8), (char)val};
    sb_append(out, b, dlen - 1);
    if (dlen < 4) *done = true;
    return true;
}

/* base64.StdEncoding.DecodeString: false with *bad set on corrupt input. */
static bool b64_decode(const char *s, size_t n, StrBuf *out, size_t *bad) {
    size_t si = 0;
    bool done = false;
    while (si < n && !done)
        if (!b64_quantum(s, n, &si, out, bad, &done)) return false;
    return true;
}

Value *fn_base64decode(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const char *s = arg_str(args[0]);
    StrBuf out = {0};
    size_t bad;
    if (!b64_decode(s, args[0]->len, &out, &bad)) {
        sb_free(&out);
        return func_fail(fc, "failed to decode base64 data %s",
                         args[0]->sensitive ? "(sensitive value)" : val_go_quote(fc->a, s, args[0]->len));
    }
    if (!valid_utf8(out.data ? out.data : "", out.len)) {
        sb_free(&out);
        return func_fail(fc, "the result of decoding the provided string is not valid UTF-8");
    }
    return val_mark(fc->a, sb_value(fc, &out), args[0]->sensitive);
}

Value *fn_base64encode(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    StrBuf out = {0};
    b64_encode(&out, (const unsigned char *)arg_str(args[0]), args[0]->len);
    return sb_value(fc, &out);
}

/* ---- base64gzip: Go's compress/gzip over compress/flate at level 6 -------
 *
 * zlib at level 6 picks different matches and Huffman codes than Go, so the
 * compressor below follows compress/flate step by step: the hash chains and
 * lazy matching of deflate.go, the block choice (stored, fixed or dynamic)
 * of huffman_bit_writer.go and the length-limited codes of huffman_code.go.
 * Terraform writes, flushes (an empty stored block) and closes (an empty
 * final stored block), and so does base64gzip here. */

enum {
    FL_WSIZE = 1 << 15, FL_WMASK = FL_WSIZE - 1,
    FL_MIN_MATCH = 4, FL_MAX_MATCH = 258,
    FL_MAX_TOKENS = 1 << 14, FL_MAX_STORE = 65535,
    FL_HASH_BITS = 17, FL_HASH_SIZE = 1 << FL_HASH_BITS, FL_HASH_MASK = FL_HASH_SIZE - 1,
    FL_MAX_HASH_OFFSET = 1 << 24,
    FL_GOOD = 8, FL_LAZY = 16, FL_NICE = 128, FL_CHAIN = 128,  /* level 6 */
    FL_NUM_LIT = 286, FL_NUM_OFF = 30, FL_NUM_CODEGEN = 19, FL_EOB = 256, FL_BAD_CODE = 255,
    FL_MAX_BITS_LIMIT = 16,
};
#define FL_MATCH_TYPE (1u << 30)

static const uint16_t LEN_BASE[29] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32,
                                      40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 255};
static const uint8_t LEN_EXTRA[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                      2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint32_t OFF_BASE[30] = {0x0000, 0x0001, 0x0002, 0x0003, 0x0004, 0x0006, 0x0008, 0x000c,
                                      0x0010, 0x0018, 0x0020, 0x0030, 0x0040, 0x0060, 0x0080, 0x00c0,
                                      0x0100, 0x0180, 0x0200, 0x0300, 0x0400, 0x0600, 0x0800, 0x0c00,
                                      0x1000, 0x1800, 0x2000, 0x3000, 0x4000, 0x6000};
static const uint8_t OFF_EXTRA[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
                                      6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
static const uint8_t CODEGEN_ORDER[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

static uint32_t length_code(uint32_t xlen) {
    uint32_t c = 28;
    while (LEN_BASE[c] > xlen) c--;
    return c;
}

static uint32_t offset_code(uint32_t xoff) {
    uint32_t c = 29;
    while (OFF_BASE[c] > xoff) c--;
    return c;
}

typedef struct HuffEnc {
    uint16_t code[FL_NUM_LIT];   /* bit-reversed, ready to write LSB first */
    uint16_t len[FL_NUM_LIT];
} HuffEnc;

typedef struct LitNode {
    uint16_t lit;
    int32_t freq;
} LitNode;

static uint16_t reverse_bits(uint16_t v, unsigned n) {
    uint16_t r = 0;
    for (unsigned i = 0; i < n; i++) r = (uint16_t)(r << 1 | ((v >> i) & 1));
    return r;
}

static int cmp_by_freq(const void *pa, const void *pb) {
    const LitNode *a = pa, *b = pb;
    if (a->freq != b->freq) return a->freq < b->freq ? -1 : 1;
    return a->lit < b->lit ? -1 : a->lit > b->lit;
}

static int cmp_by_lit(const void *pa, const void *pb) {
    const LitNode *a = pa, *b = pb;
    return a->lit < b->lit ? -1 : a->lit > b->lit;
}

typedef struct LevelInfo {
    int32_t level, last_freq, next_char_freq, next_pair_freq, needed;
} LevelInfo;

/* huffman_code.go's bitCounts: how many literals get each code length, for
 * list (n >= 3 nodes by increasing frequency, then a sentinel). */
static int32_t bit_counts(LitNode *list, int32_t n, int32_t max_bits, int32_t *bit_count) {
    list[n] = (LitNode){0xffff, INT32_MAX};
    if (max_bits > n - 1) max_bits = n - 1;
    LevelInfo levels[FL_MAX_BITS_LIMIT + 1];
    int32_t leaf[FL_MAX_BITS_LIMIT + 1][FL_MAX_BITS_LIMIT + 1];
    memset(levels, 0, sizeof levels);
    memset(leaf, 0, sizeof leaf);
    for (int32_t l = 1; l <= max_bits; l++) {
        levels[l] = (LevelInfo){l, list[1].freq, list[2].freq, list[0].freq + list[1].freq, 0};
        leaf[l][l] = 2;
        if (l == 1) levels[l].next_pair_freq = INT32_MAX;
    }
    levels[max_bits].needed = 2 * n - 4;
    int32_t level = max_bits;
    for (;;) {
        LevelInfo *l = &levels[level];
        if (l->next_pair_freq == INT32_MAX && l->next_char_freq == INT32_MAX) {
            l->needed = 0;
            levels[level + 1].next_pair_freq = INT32_MAX;
            level++;
            continue;
        }
        int32_t prev_freq = l->last_freq;
        if (l->next_char_freq < l->next_pair_freq) {
            int32_t k = leaf[level][level] + 1;
            l->last_freq = l->next_char_freq;
            leaf[level][level] = k;
            l->next_char_freq = list[k].freq;
        } else {
            l->last_freq = l->next_pair_freq;
            memcpy(leaf[level], leaf[level - 1], sizeof(int32_t) * (size_t)level);
            levels[l->level - 1].needed = 2;
        }
        if (--l->needed == 0) {
            if (l->level == max_bits) break;
            levels[l->level + 1].next_pair_freq = prev_freq + l->last_freq;
            level++;
        } else {
            while (levels[level - 1].needed > 0) level--;
        }
    }
    int32_t bits = 1;
    for (int32_t l = max_bits; l > 0; l--) bit_count[bits++] = leaf[max_bits][l] - leaf[max_bits][l - 1];
    return max_bits;
}

/* huffmanEncoder.generate: minimum-redundancy codes of at most max_bits for
 * freq[0..n), in `scratch` (n + 1 nodes). */
static void huff_generate(HuffEnc *h, LitNode *scratch, const int32_t *freq, int n, int32_t max_bits) {
    int32_t count = 0;
    for (int i = 0; i < n; i++) {
        if (freq[i]) scratch[count++] = (LitNode){(uint16_t)i, freq[i]};
        else h->len[i] = 0;
    }
    if (count <= 2) {
        for (int32_t i = 0; i < count; i++) {
            h->code[scratch[i].lit] = (uint16_t)i;
            h->len[scratch[i].lit] = 1;
        }
        return;
    }
    qsort(scratch, (size_t)count, sizeof(LitNode), cmp_by_freq);
    int32_t bit_count[FL_MAX_BITS_LIMIT + 1] = {0};
    int32_t mb = bit_counts(scratch, count, max_bits, bit_count);
    uint16_t code = 0;
    int32_t left = count;
    for (int32_t bits = 0; bits <= mb; bits++) {
        code = (uint16_t)(code << 1);
        int32_t k = bit_count[bits];
        if (bits == 0 || k == 0) continue;
        LitNode *chunk = scratch + left - k;
        qsort(chunk, (size_t)k, sizeof(LitNode), cmp_by_lit);
        for (int32_t j = 0; j < k; j++) {
            h->code[chunk[j].lit] = reverse_bits(code, (unsigned)bits);
            h->len[chunk[j].lit] = (uint16_t)bits;
            code++;
        }
        left -= k;
    }
}

static int64_t huff_bit_length(const HuffEnc *h, const int32_t *freq, int n) {
    int64_t total = 0;
    for (int i = 0; i < n; i++)
        if (freq[i]) total += (int64_t)freq[i] * h->len[i];
    return total;
}

typedef struct BitWriter {
    StrBuf *out;
    uint64_t bits;
    unsigned nbits;
    int32_t lit_freq[FL_NUM_LIT], off_freq[FL_NUM_OFF], codegen_freq[FL_NUM_CODEGEN];
    uint8_t codegen[FL_NUM_LIT + FL_NUM_OFF + 1];
    HuffEnc lit_enc, off_enc, codegen_enc, fixed_lit, fixed_off;
    LitNode scratch[FL_NUM_LIT + 1];
} BitWriter;

static void bw_bits(BitWriter *w, uint32_t b, unsigned nb) {
    w->bits |= (uint64_t)b << w->nbits;
    w->nbits += nb;
    while (w->nbits >= 8) {
        sb_putc(w->out, (char)(w->bits & 0xff));
        w->bits >>= 8;
        w->nbits -= 8;
    }
}

static void bw_flush(BitWriter *w) {
    if (w->nbits) sb_putc(w->out, (char)(w->bits & 0xff));
    w->bits = 0;
    w->nbits = 0;
}

static void bw_stored_header(BitWriter *w, uint32_t length, bool eof) {
    bw_bits(w, eof ? 1 : 0, 3);
    bw_flush(w);
    bw_bits(w, length, 16);
    bw_bits(w, ~length & 0xffff, 16);
}

static void bw_init_fixed(BitWriter *w) {
    for (uint16_t ch = 0; ch < FL_NUM_LIT; ch++) {
        uint16_t bits, size;
        if (ch < 144) bits = ch + 48, size = 8;
        else if (ch < 256) bits = ch + 400 - 144, size = 9;
        else if (ch < 280) bits = ch - 256, size = 7;
        else bits = ch + 192 - 280, size = 8;
        w->fixed_lit.code[ch] = reverse_bits(bits, size);
        w->fixed_lit.len[ch] = size;
    }
    for (uint16_t i = 0; i < FL_NUM_OFF; i++) {
        w->fixed_off.code[i] = reverse_bits(i, 5);
        w->fixed_off.len[i] = 5;
    }
}

/* The run-length coded code lengths of RFC 1951 3.2.7 (generateCodegen). */
static void bw_codegen(BitWriter *w, int num_lit, int num_off) {
    memset(w->codegen_freq, 0, sizeof w->codegen_freq);
    uint8_t *cg = w->codegen;
    for (int i = 0; i < num_lit; i++) cg[i] = (uint8_t)w->lit_enc.len[i];
    for (int i = 0; i < num_off; i++) cg[num_lit + i] = (uint8_t)w->off_enc.len[i];
    cg[num_lit + num_off] = FL_BAD_CODE;
    uint8_t size = cg[0];
    int count = 1, out = 0;
    for (int in = 1; size != FL_BAD_CODE; in++) {
        uint8_t next = cg[in];
        if (next == size) {
            count++;
            continue;
        }
        if (size != 0) {
            cg[out++] = size;
            w->codegen_freq[size]++;
            count--;
            while (count >= 3) {
                int k = count < 6 ? count : 6;
                cg[out++] = 16;
                cg[out++] = (uint8_t)(k - 3);
                w->codegen_freq[16]++;
                count -= k;
            }
        } else {
            while (count >= 11) {
                int k = count < 138 ? count : 138;
                cg[out++] = 18;
                cg[out++] = (uint8_t)(k - 11);
                w->codegen_freq[18]++;
                count -= k;
            }
            if (count >= 3) {
                cg[out++] = 17;
                cg[out++] = (uint8_t)(count - 3);
                w->codegen_freq[17]++;
                count = 0;
            }
        }
        for (count--; count >= 0; count--) {
            cg[out++] = size;
            w->codegen_freq[size]++;
        }
        size = next;
        count = 1;
    }
    cg[out] = FL_BAD_CODE;
}

static void bw_tokens(BitWriter *w, const uint32_t *tokens, uint32_t n, const HuffEnc *le, const HuffEnc *oe) {
    for (uint32_t i = 0; i < n; i++) {
        uint32_t t = tokens[i];
        if (t < FL_MATCH_TYPE) {
            bw_bits(w, le->code[t], le->len[t]);
            continue;
        }
        uint32_t length = (t - FL_MATCH_TYPE) >> 22, offset = t & ((1u << 22) - 1);
        uint32_t lc = length_code(length);
        bw_bits(w, le->code[lc + 257], le->len[lc + 257]);
        if (LEN_EXTRA[lc]) bw_bits(w, length - LEN_BASE[lc], LEN_EXTRA[lc]);
        uint32_t oc = offset_code(offset);
        bw_bits(w, oe->code[oc], oe->len[oc]);
        if (OFF_EXTRA[oc]) bw_bits(w, offset - OFF_BASE[oc], OFF_EXTRA[oc]);
    }
}

/* huffmanBitWriter.writeBlock: tokens (with room for one more, the end of
 * block) as the smallest of stored (when input is given), fixed or dynamic. */
static void bw_block(BitWriter *w, uint32_t *tokens, uint32_t n, bool eof, const uint8_t *input, size_t in_len,
                     bool has_input) {
    tokens[n++] = FL_EOB;
    memset(w->lit_freq, 0, sizeof w->lit_freq);
    memset(w->off_freq, 0, sizeof w->off_freq);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t t = tokens[i];
        if (t < FL_MATCH_TYPE) {
            w->lit_freq[t]++;
            continue;
        }
        w->lit_freq[257 + length_code((t - FL_MATCH_TYPE) >> 22)]++;
        w->off_freq[offset_code(t & ((1u << 22) - 1))]++;
    }
    int num_lit = FL_NUM_LIT, num_off = FL_NUM_OFF;
    while (w->lit_freq[num_lit - 1] == 0) num_lit--;
    while (num_off > 0 && w->off_freq[num_off - 1] == 0) num_off--;
    if (num_off == 0) {
        w->off_freq[0] = 1;
        num_off = 1;
    }
    huff_generate(&w->lit_enc, w->scratch, w->lit_freq, FL_NUM_LIT, 15);
    huff_generate(&w->off_enc, w->scratch, w->off_freq, FL_NUM_OFF, 15);

    bool storable = has_input && in_len <= FL_MAX_STORE;
    int64_t stored_size = storable ? ((int64_t)in_len + 5) * 8 : 0, extra = 0;
    if (storable) {
        for (int lc = 257 + 8; lc < num_lit; lc++) extra += (int64_t)w->lit_freq[lc] * LEN_EXTRA[lc - 257];
        for (int oc = 4; oc < num_off; oc++) extra += (int64_t)w->off_freq[oc] * OFF_EXTRA[oc];
    }
    int64_t size = 3 + huff_bit_length(&w->fixed_lit, w->lit_freq, FL_NUM_LIT) +
                   huff_bit_length(&w->fixed_off, w->off_freq, FL_NUM_OFF) + extra;
    const HuffEnc *le = &w->fixed_lit, *oe = &w->fixed_off;

    bw_codegen(w, num_lit, num_off);
    huff_generate(&w->codegen_enc, w->scratch, w->codegen_freq, FL_NUM_CODEGEN, 7);
    int num_codegens = FL_NUM_CODEGEN;
    while (num_codegens > 4 && w->codegen_freq[CODEGEN_ORDER[num_codegens - 1]] == 0) num_codegens--;
    int64_t header = 3 + 5 + 5 + 4 + 3 * num_codegens +
                     huff_bit_length(&w->codegen_enc, w->codegen_freq, FL_NUM_CODEGEN) +
                     (int64_t)w->codegen_freq[16] * 2 + (int64_t)w->codegen_freq[17] * 3 +
                     (int64_t)w->codegen_freq[18] * 7;
    int64_t dyn = header + huff_bit_length(&w->lit_enc, w->lit_freq, FL_NUM_LIT) +
                  huff_bit_length(&w->off_enc, w->off_freq, FL_NUM_OFF) + extra;
    if (dyn < size) {
        size = dyn;
        le = &w->lit_enc;
        oe = &w->off_enc;
    }
    if (storable && stored_size < size) {
        bw_stored_header(w, (uint32_t)in_len, eof);
        sb_append(w->out, (const char *)input, in_len);
        return;
    }
    if (le == &w->fixed_lit) {
        bw_bits(w, eof ? 3 : 2, 3);
    } else {
        bw_bits(w, eof ? 5 : 4, 3);
        bw_bits(w, (uint32_t)(num_lit - 257), 5);
        bw_bits(w, (uint32_t)(num_off - 1), 5);
        bw_bits(w, (uint32_t)(num_codegens - 4), 4);
        for (int i = 0; i < num_codegens; i++) bw_bits(w, w->codegen_enc.len[CODEGEN_ORDER[i]], 3);
        for (int i = 0; w->codegen[i] != FL_BAD_CODE; i++) {
            uint8_t c = w->codegen[i];
            bw_bits(w, w->codegen_enc.code[c], w->codegen_enc.len[c]);
            if (c == 16) bw_bits(w, w->codegen[++i], 2);
            else if (c == 17) bw_bits(w, w->codegen[++i], 3);
            else if (c == 18) bw_bits(w, w->codegen[++i], 7);
        }
    }
    bw_tokens(w, tokens, n, le, oe);
}

typedef struct Deflater {
    BitWriter w;
    uint8_t *window;             /* 2 * FL_WSIZE; unprocessed data is window[index, window_end) */
    uint32_t *hash_head;         /* newest position + hash_offset per hash */
    uint32_t *hash_prev;         /* previous position with the same hash, per window slot */
    uint32_t *tokens;            /* queued literal / match tokens (+1 for the end of block) */
    uint32_t ntokens;
    int64_t hash_offset, chain_head;
    int index, window_end, block_start, length, offset, max_insert_index;
    uint32_t hash;
    bool byte_available;         /* window[index-1] still needs to be emitted */
    bool sync;                   /* flushing: process everything in the window */
} Deflater;

static uint32_t hash4(const uint8_t *b) {
    uint32_t v = (uint32_t)b[3] | (uint32_t)b[2] << 8 | (uint32_t)b[1] << 16 | (uint32_t)b[0] << 24;
    return (v * 0x1e35a7bdu) >> (32 - FL_HASH_BITS);
}

static void dfl_write_block(Deflater *d, int index) {
    if (index <= 0) return;
    bool has = d->block_start <= index;
    const uint8_t *win = has ? d->window + d->block_start : NULL;
    size_t len = has ? (size_t)(index - d->block_start) : 0;
    d->block_start = index;
    bw_block(&d->w, d->tokens, d->ntokens, false, win, len, has);
    d->ntokens = 0;
}

static void dfl_push(Deflater *d, uint32_t token) { d->tokens[d->ntokens++] = token; }

/* findMatch: the longest match at pos longer than prev_length, looking at
 * FL_CHAIN candidates on the hash chain from prev_head. */
static bool dfl_find_match(Deflater *d, int pos, int prev_head, int prev_length, int lookahead, int *out_len,
                           int *out_off) {
    const uint8_t *win = d->window;
    int min_look = lookahead < FL_MAX_MATCH ? lookahead : FL_MAX_MATCH;
    int nice = min_look < FL_NICE ? min_look : FL_NICE;
    int tries = FL_CHAIN, length = prev_length;
    bool ok = false;
    if (length >= FL_GOOD) tries >>= 2;
    uint8_t wend = win[pos + length];
    int min_index = pos - FL_WSIZE;
    for (int i = prev_head; tries > 0; tries--) {
        if (wend == win[i + length]) {
            int n = 0;
            while (n < min_look && win[i + n] == win[pos + n]) n++;
            if (n > length && (n > FL_MIN_MATCH || pos - i <= 4096)) {
                length = n;
                *out_off = pos - i;
                ok = true;
                if (n >= nice) break;
                wend = win[pos + n];
            }
        }
        if (i == min_index) break;
        int64_t next = (int64_t)d->hash_prev[i & FL_WMASK] - d->hash_offset;
        if (next < min_index || next < 0) break;
        i = (int)next;
    }
    *out_len = length;
    return ok;
}

static void dfl_insert(Deflater *d, int index) {
    d->hash = hash4(d->window + index);
    uint32_t *hh = &d->hash_head[d->hash & FL_HASH_MASK];
    d->hash_prev[index & FL_WMASK] = *hh;
    *hh = (uint32_t)(index + d->hash_offset);
}

/* compressor.deflate with lazy matching (fastSkipHashing == skipNever). */
static void dfl_step(Deflater *d) {
    if (d->window_end - d->index < FL_MIN_MATCH + FL_MAX_MATCH && !d->sync) return;
    d->max_insert_index = d->window_end - (FL_MIN_MATCH - 1);
    if (d->index < d->max_insert_index) d->hash = hash4(d->window + d->index);
    for (;;) {
        int lookahead = d->window_end - d->index;
        if (lookahead < FL_MIN_MATCH + FL_MAX_MATCH) {
            if (!d->sync) break;
            if (lookahead == 0) {
                if (d->byte_available) {
                    dfl_push(d, d->window[d->index - 1]);
                    d->byte_available = false;
                }
                if (d->ntokens > 0) dfl_write_block(d, d->index);
                break;
            }
        }
        if (d->index < d->max_insert_index) {
            d->hash = hash4(d->window + d->index);
            uint32_t *hh = &d->hash_head[d->hash & FL_HASH_MASK];
            d->chain_head = *hh;
            d->hash_prev[d->index & FL_WMASK] = (uint32_t)d->chain_head;
            *hh = (uint32_t)(d->index + d->hash_offset);
        }
        int prev_length = d->length, prev_offset = d->offset;
        d->length = FL_MIN_MATCH - 1;
        d->offset = 0;
        int min_index = d->index - FL_WSIZE > 0 ? d->index - FL_WSIZE : 0;
        if (d->chain_head - d->hash_offset >= min_index && lookahead > prev_length && prev_length < FL_LAZY) {
            int nl, no;
            if (dfl_find_match(d, d->index, (int)(d->chain_head - d->hash_offset), FL_MIN_MATCH - 1, lookahead,
                               &nl, &no)) {
                d->length = nl;
                d->offset = no;
            }
        }
        if (prev_length >= FL_MIN_MATCH && d->length <= prev_length) {
            /* the previous match is at least as good: emit it */
            dfl_push(d, FL_MATCH_TYPE + ((uint32_t)(prev_length - 3) << 22) + (uint32_t)(prev_offset - 1));
            int new_index = d->index + prev_length - 1;
            for (d->index++; d->index < new_index; d->index++)
                if (d->index < d->max_insert_index) dfl_insert(d, d->index);
            d->byte_available = false;
            d->length = FL_MIN_MATCH - 1;
            if (d->ntokens == FL_MAX_TOKENS) dfl_write_block(d, d->index);
        } else {
            if (d->byte_available) {
                int i = d->index - 1;
                dfl_push(d, d->window[i]);
                if (d->ntokens == FL_MAX_TOKENS) dfl_write_block(d, i + 1);
            }
            d->index++;
            d->byte_available = true;
        }
    }
}

/* fillDeflate: slides the window when it is nearly processed, then copies. */
static size_t dfl_fill(Deflater *d, const uint8_t *b, size_t n) {
    if (d->index >= 2 * FL_WSIZE - (FL_MIN_MATCH + FL_MAX_MATCH)) {
        memmove(d->window, d->window + FL_WSIZE, FL_WSIZE);
        d->index -= FL_WSIZE;
        d->window_end -= FL_WSIZE;
        d->block_start = d->block_start >= FL_WSIZE ? d->block_start - FL_WSIZE : INT32_MAX;
        d->hash_offset += FL_WSIZE;
        if (d->hash_offset > FL_MAX_HASH_OFFSET) {
            int64_t delta = d->hash_offset - 1;
            d->hash_offset -= delta;
            d->chain_head -= delta;
            for (size_t i = 0; i < FL_WSIZE; i++)
                d->hash_prev[i] = (int64_t)d->hash_prev[i] > delta ? (uint32_t)(d->hash_prev[i] - delta) : 0;
            for (size_t i = 0; i < FL_HASH_SIZE; i++)
                d->hash_head[i] = (int64_t)d->hash_head[i] > delta ? (uint32_t)(d->hash_head[i] - delta) : 0;
        }
    }
    size_t room = (size_t)(2 * FL_WSIZE - d->window_end);
    size_t k = n < room ? n : room;
    memcpy(d->window + d->window_end, b, k);
    d->window_end += (int)k;
    return k;
}

/* gzip.NewWriter, Write(s), Flush(), Close() as Terraform's base64gzip. */
static void gzip_go(const uint8_t *s, size_t n, StrBuf *out) {
    static const char header[10] = {0x1f, (char)0x8b, 8, 0, 0, 0, 0, 0, 0, (char)0xff};
    sb_append(out, header, sizeof header);
    Deflater *d = mem_alloc(sizeof *d);
    memset(d, 0, sizeof *d);
    d->w.out = out;
    bw_init_fixed(&d->w);
    d->window = mem_alloc(2 * FL_WSIZE);
    d->hash_head = mem_alloc(sizeof(uint32_t) * FL_HASH_SIZE);
    d->hash_prev = mem_alloc(sizeof(uint32_t) * FL_WSIZE);
    d->tokens = mem_alloc(sizeof(uint32_t) * (FL_MAX_TOKENS + 1));
    memset(d->hash_head, 0, sizeof(uint32_t) * FL_HASH_SIZE);
    memset(d->hash_prev, 0, sizeof(uint32_t) * FL_WSIZE);
    d->hash_offset = 1;
    d->chain_head = -1;
    d->length = FL_MIN_MATCH - 1;
    for (size_t off = 0; off < n;) {
        dfl_step(d);
        off += dfl_fill(d, s + off, n - off);
    }
    for (int pass = 0; pass < 2; pass++) { /* Flush, then Close */
        d->sync = true;
        dfl_step(d);
        bw_stored_header(&d->w, 0, pass == 1);
        bw_flush(&d->w);
        d->sync = false;
    }
    mem_free(d->window);
    mem_free(d->hash_head);
    mem_free(d->hash_prev);
    mem_free(d->tokens);
    mem_free(d);
    uLong crc = crc32(0L, Z_NULL, 0);
    for (size_t off = 0; off < n;) {
        uInt k = n - off > 1u << 30 ? 1u << 30 : (uInt)(n - off);
        crc = crc32(crc, s + off, k);
        off += k;
    }
    uint32_t trailer[2] = {(uint32_t)crc, (uint32_t)n};
    for (int i = 0; i < 2; i++)
        for (int k = 0; k < 4; k++) sb_putc(out, (char)(trailer[i] >> (8 * k)));
}

Value *fn_base64gzip(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    StrBuf gz = {0}, out = {0};
    gzip_go((const uint8_t *)arg_str(args[0]), args[0]->len, &gz);
    b64_encode(&out, (const unsigned char *)gz.data, gz.len);
    sb_free(&gz);
    return sb_value(fc, &out);
}

/* ---- csvdecode: encoding/csv's Reader (RFC 4180, a header row) ----------- */

typedef struct CsvReader {
    const char *s;
    size_t n, pos;
    int num_line;                /* lines read so far */
    int rec_line;                /* the line the current record starts on */
    StrBuf line;                 /* the current line, \r\n normalised to \n */
    StrBuf rec;                  /* unescaped fields, one after another */
    Vec(size_t) ends;            /* where each field ends in rec */
} CsvReader;

enum { CSV_OK, CSV_EOF, CSV_ERR };

/* readLine: the next line with its '\n'; false at the end of the input. */
static bool csv_read_line(CsvReader *r) {
    r->line.len = 0;
    if (r->pos >= r->n) {
        r->num_line++;
        return false;
    }
    const char *p = r->s + r->pos, *nl = memchr(p, '\n', r->n - r->pos);
    size_t len = nl ? (size_t)(nl - p) + 1 : r->n - r->pos;
    r->pos += len;
    sb_append(&r->line, p, len);
    if (!nl && r->line.len && r->line.data[r->line.len - 1] == '\r') r->line.len--;
    r->num_line++;
    size_t k = r->line.len;
    if (k >= 2 && r->line.data[k - 2] == '\r' && r->line.data[k - 1] == '\n') {
        r->line.data[k - 2] = '\n';
        r->line.len--;
    }
    return true;
}

static size_t nl_len(const char *s, size_t n) { return n && s[n - 1] == '\n'; }

/* The current line from byte `at` on. */
static const char *csv_line(const CsvReader *r, size_t at) { return r->line.data ? r->line.data + at : ""; }

/* readRecord: one record into r->rec/r->ends, or the end, or an error
 * (*line and *msg as ParseError's Line and Err). */
static int csv_read_record(CsvReader *r, int *err_line, const char **msg) {
    for (;;) {
        if (!csv_read_line(r)) return CSV_EOF;
        if (r->line.len != nl_len(csv_line(r, 0), r->line.len)) break; /* skip empty lines */
    }
    r->rec.len = 0;
    r->ends.len = 0;
    r->rec_line = r->num_line;
    int pos_line = r->num_line;
    size_t at = 0;
    for (;;) {
        const char *line = csv_line(r, at);
        size_t len = r->line.len - at;
        if (len == 0 || line[0] != '"') {
            const char *comma = memchr(line, ',', len);
            size_t flen = comma ? (size_t)(comma - line) : len - nl_len(line, len);
            if (memchr(line, '"', flen)) {
                *err_line = r->num_line, *msg = "bare \" in non-quoted-field";
                return CSV_ERR;
            }
            sb_append(&r->rec, line, flen);
            vec_push(&r->ends, r->rec.len);
            if (!comma) return CSV_OK;
            at += flen + 1;
            continue;
        }
        at++; /* the opening quote */
        for (;;) {
            line = csv_line(r, at);
            len = r->line.len - at;
            const char *q = len ? memchr(line, '"', len) : NULL;
            if (q) {
                size_t i = (size_t)(q - line);
                sb_append(&r->rec, line, i);
                at += i + 1;
                line = csv_line(r, at);
                len = r->line.len - at;
                if (len && line[0] == '"') { /* "" is a quote */
                    sb_putc(&r->rec, '"');
                    at++;
                } else if (len && line[0] == ',') {
                    at++;
                    vec_push(&r->ends, r->rec.len);
                    break;
                } else if (nl_len(line, len) == len) {
                    vec_push(&r->ends, r->rec.len);
                    return CSV_OK;
                } else {
                    *err_line = r->num_line, *msg = "extraneous or missing \" in quoted-field";
                    return CSV_ERR;
                }
            } else if (len > 0) { /* the field goes on on the next line */
                sb_append(&r->rec, line, len);
                if (csv_read_line(r) && r->line.len) pos_line++;
                at = 0;
            } else {
                *err_line = pos_line, *msg = "extraneous or missing \" in quoted-field";
                return CSV_ERR;
            }
        }
    }
}

static void csv_free(CsvReader *r) {
    sb_free(&r->line);
    sb_free(&r->rec);
    vec_free(&r->ends);
}

static const char *csv_field(Arena *a, const CsvReader *r, uint32_t i) {
    size_t start = i ? r->ends.data[i - 1] : 0;
    return arena_strndup(a, r->rec.data ? r->rec.data + start : "", r->ends.data[i] - start);
}

Value *fn_csvdecode(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    CsvReader r = {.s = arg_str(args[0]), .n = args[0]->len};
    int line;
    const char *msg;
    int st = csv_read_record(&r, &line, &msg);
    if (st != CSV_OK) {
        csv_free(&r);
        if (st == CSV_EOF) return func_fail(fc, "missing header line");
        return func_fail(fc, "CSV parse error on line %d: %s", line, msg);
    }
    uint32_t ncols = r.ends.len;
    const char **names = ARENA_ARRAY(fc->a, const char *, ncols);
    for (uint32_t i = 0; i < ncols; i++) {
        names[i] = csv_field(fc->a, &r, i);
        for (uint32_t k = 0; k < i; k++)
            if (strcmp(names[k], names[i]) == 0) {
                csv_free(&r);
                return func_fail(fc, "duplicate column name %s", val_go_quote(fc->a, names[i], strlen(names[i])));
            }
    }
    Vec(Value *) rows = {0};
    Value **cells = ARENA_ARRAY(fc->a, Value *, ncols);
    while ((st = csv_read_record(&r, &line, &msg)) == CSV_OK) {
        if (r.ends.len != ncols) {
            st = CSV_ERR, line = r.rec_line, msg = "wrong number of fields";
            break;
        }
        for (uint32_t i = 0; i < ncols; i++) cells[i] = val_cstring(fc->a, csv_field(fc->a, &r, i));
        vec_push(&rows, val_object(fc->a, names, cells, ncols));
    }
    csv_free(&r);
    if (st == CSV_ERR) {
        vec_free(&rows);
        return func_fail(fc, "CSV parse error on line %d: %s", line, msg);
    }
    for (uint32_t i = 0; i < ncols; i++) cells[i] = val_cstring(fc->a, "");
    const Type *ety = val_type(fc->a, val_object(fc->a, names, cells, ncols));
    Value *v = val_list(fc->a, ety, rows.data, rows.len);
    vec_free(&rows);
    return v;
}

/* ---- jsondecode: encoding/json's Decoder.Token, as cty reads it ----------
 *
 * cty walks the input token by token (Decoder.Token with UseNumber), so the
 * errors are the token state machine's ("invalid character ',' after object
 * key") and, for scalars, the scanner's ("invalid character 'x' in literal
 * null (expecting 'l')"); running out of input between tokens is "EOF" and
 * inside a scalar "unexpected EOF". */

/* cty recurses without a limit; nesting this deep is not configuration */
enum { JSON_MAX_DEPTH = 1000 };

typedef enum JsonState {
    JT_TOP_VALUE, JT_ARRAY_START, JT_ARRAY_VALUE, JT_ARRAY_COMMA,
    JT_OBJECT_START, JT_OBJECT_KEY, JT_OBJECT_COLON, JT_OBJECT_VALUE, JT_OBJECT_COMMA,
} JsonState;

typedef enum JsonTok { JK_ERROR, JK_DELIM, JK_STRING, JK_NUMBER, JK_BOOL, JK_NULL } JsonTok;

typedef struct JsonDec {
    Arena *a;
    const char *s;
    size_t n, pos;
    JsonState state;
    Vec(JsonState) stack;
    const char *err;
    /* the last token */
    char delim;
    bool boolean;
    const char *text;            /* string (unescaped) or number text */
    size_t text_len;
} JsonDec;

static bool json_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* Go's quoteChar: a byte in an error message. */
static const char *json_quote_char(Arena *a, unsigned char c) {
    if (c == '\'') return "'\\''";
    if (c == '"') return "'\"'";
    char buf[4];
    int w = utf8_encode(c, buf);
    const char *q = val_go_quote(a, buf, (size_t)w);
    return arena_printf(a, "'%.*s'", (int)strlen(q) - 2, q + 1);
}

static JsonTok json_fail(JsonDec *d, const char *msg) {
    d->err = msg;
    return JK_ERROR;
}

static JsonTok json_bad_char(JsonDec *d, unsigned char c, const char *context) {
    return json_fail(d, arena_printf(d->a, "invalid character %s%s", json_quote_char(d->a, c), context));
}

static JsonTok json_token_error(JsonDec *d, unsigned char c) {
    const char *context = "";
    switch (d->state) {
    case JT_TOP_VALUE: case JT_ARRAY_START: case JT_ARRAY_VALUE: case JT_OBJECT_VALUE:
        context = " looking for beginning of value";
        break;
    case JT_ARRAY_COMMA: context = " after array element"; break;
    case JT_OBJECT_KEY: context = " looking for beginning of object key string"; break;
    case JT_OBJECT_COLON: context = " after object key"; break;
    case JT_OBJECT_COMMA: context = " after object key:value pair"; break;
    case JT_OBJECT_START: break;
    }
    return json_bad_char(d, c, context);
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int json_u4(const char *s) {
    int v = 0;
    for (int i = 0; i < 4; i++) v = v << 4 | hex_digit(s[i]);
    return v;
}

/* A string value at d->pos (the opening quote), scanned and unescaped as
 * encoding/json does (lone surrogates become U+FFFD). */
static JsonTok json_string(JsonDec *d) {
    size_t i = d->pos + 1;
    StrBuf sb = {0};
    for (;;) {
        if (i >= d->n) {
            sb_free(&sb);
            return json_fail(d, "unexpected EOF");
        }
        unsigned char c = (unsigned char)d->s[i];
        if (c == '"') break;
        if (c < 0x20) {
            sb_free(&sb);
            return json_bad_char(d, c, " in string literal");
        }
        if (c != '\\') {
            sb_putc(&sb, (char)c);
            i++;
            continue;
        }
        if (i + 1 >= d->n) {
            sb_free(&sb);
            return json_fail(d, "unexpected EOF");
        }
        char e = d->s[i + 1];
        const char *simple = strchr("\"\\/bfnrt", e);
        if (e && simple) {
            static const char out[] = "\"\\/\b\f\n\r\t";
            sb_putc(&sb, out[simple - "\"\\/bfnrt"]);
            i += 2;
            continue;
        }
        if (e != 'u') {
            sb_free(&sb);
            return json_bad_char(d, (unsigned char)e, " in string escape code");
        }
        for (size_t k = 0; k < 4; k++) {
            if (i + 2 + k >= d->n) {
                sb_free(&sb);
                return json_fail(d, "unexpected EOF");
            }
            if (hex_digit(d->s[i + 2 + k]) < 0) {
                sb_free(&sb);
                return json_bad_char(d, (unsigned char)d->s[i + 2 + k], " in \\u hexadecimal character escape");
            }
        }
        uint32_t cp = (uint32_t)json_u4(d->s + i + 2);
        i += 6;
        if (cp >= 0xD800 && cp < 0xE000) {
            uint32_t lo = 0;
            bool pair = cp < 0xDC00 && i + 6 <= d->n && d->s[i] == '\\' && d->s[i + 1] == 'u';
            for (size_t k = 0; pair && k < 4; k++) pair = hex_digit(d->s[i + 2 + k]) >= 0;
            if (pair) lo = (uint32_t)json_u4(d->s + i + 2);
            if (pair && lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
            } else {
                cp = 0xFFFD;
            }
        }
        char buf[4];
        sb_append(&sb, buf, (size_t)utf8_encode(cp, buf));
    }
    d->pos = i + 1;
    d->text = arena_strndup(d->a, sb.data ? sb.data : "", sb.len);
    d->text_len = sb.len;
    sb_free(&sb);
    return JK_STRING;
}

static bool json_digit(const JsonDec *d, size_t i) { return i < d->n && d->s[i] >= '0' && d->s[i] <= '9'; }

/* A number at d->pos, by the scanner's states; it ends at the first byte
 * that cannot continue it. */
static JsonTok json_number(JsonDec *d) {
    size_t i = d->pos;
    if (d->s[i] == '-') {
        i++;
        if (i >= d->n) return json_fail(d, "unexpected EOF");
        if (!json_digit(d, i)) return json_bad_char(d, (unsigned char)d->s[i], " in numeric literal");
    }
    if (d->s[i] == '0') i++;
    else while (json_digit(d, i)) i++;
    if (i < d->n && d->s[i] == '.') {
        i++;
        if (i >= d->n) return json_fail(d, "unexpected EOF");
        if (!json_digit(d, i)) return json_bad_char(d, (unsigned char)d->s[i], " after decimal point in numeric literal");
        while (json_digit(d, i)) i++;
    }
    if (i < d->n && (d->s[i] == 'e' || d->s[i] == 'E')) {
        i++;
        if (i < d->n && (d->s[i] == '+' || d->s[i] == '-')) i++;
        if (i >= d->n) return json_fail(d, "unexpected EOF");
        if (!json_digit(d, i)) return json_bad_char(d, (unsigned char)d->s[i], " in exponent of numeric literal");
        while (json_digit(d, i)) i++;
    }
    d->text = d->s + d->pos;
    d->text_len = i - d->pos;
    d->pos = i;
    return JK_NUMBER;
}

static JsonTok json_literal(JsonDec *d, const char *word, JsonTok kind) {
    for (size_t k = 1; word[k]; k++) {
        size_t i = d->pos + k;
        if (i >= d->n) return json_fail(d, "unexpected EOF");
        if (d->s[i] != word[k])
            return json_bad_char(d, (unsigned char)d->s[i],
                                 arena_printf(d->a, " in literal %s (expecting '%c')", word, word[k]));
    }
    d->pos += strlen(word);
    d->boolean = word[0] == 't';
    return kind;
}

/* A scalar value (Decoder.Decode through the scanner). */
static JsonTok json_scalar(JsonDec *d) {
    char c = d->s[d->pos];
    JsonTok t;
    if (c == '"') t = json_string(d);
    else if (c == '-' || (c >= '0' && c <= '9')) t = json_number(d);
    else if (c == 't') t = json_literal(d, "true", JK_BOOL);
    else if (c == 'f') t = json_literal(d, "false", JK_BOOL);
    else if (c == 'n') t = json_literal(d, "null", JK_NULL);
    else return json_bad_char(d, (unsigned char)c, " looking for beginning of value");
    if (t != JK_ERROR) {
        if (d->state == JT_ARRAY_START || d->state == JT_ARRAY_VALUE) d->state = JT_ARRAY_COMMA;
        else if (d->state == JT_OBJECT_VALUE) d->state = JT_OBJECT_COMMA;
    }
    return t;
}

static bool json_peek(JsonDec *d, char *c) {
    while (d->pos < d->n && json_space(d->s[d->pos])) d->pos++;
    if (d->pos >= d->n) return false;
    *c = d->s[d->pos];
    return true;
}

static bool json_value_allowed(const JsonDec *d) {
    return d->state == JT_TOP_VALUE || d->state == JT_ARRAY_START || d->state == JT_ARRAY_VALUE ||
           d->state == JT_OBJECT_VALUE;
}

static void json_value_end(JsonDec *d) {
    if (d->state == JT_ARRAY_START || d->state == JT_ARRAY_VALUE) d->state = JT_ARRAY_COMMA;
    else if (d->state == JT_OBJECT_VALUE) d->state = JT_OBJECT_COMMA;
}

/* Decoder.Token. */
static JsonTok json_token(JsonDec *d) {
    for (;;) {
        char c;
        if (!json_peek(d, &c)) return json_fail(d, "EOF");
        switch (c) {
        case '[': case '{':
            if (!json_value_allowed(d)) return json_token_error(d, (unsigned char)c);
            d->pos++;
            vec_push(&d->stack, d->state);
            d->state = c == '[' ? JT_ARRAY_START : JT_OBJECT_START;
            d->delim = c;
            return JK_DELIM;
        case ']': case '}':
            if (c == ']' ? d->state != JT_ARRAY_START && d->state != JT_ARRAY_COMMA
                         : d->state != JT_OBJECT_START && d->state != JT_OBJECT_COMMA)
                return json_token_error(d, (unsigned char)c);
            d->pos++;
            d->state = d->stack.data[--d->stack.len];
            json_value_end(d);
            d->delim = c;
            return JK_DELIM;
        case ':':
            if (d->state != JT_OBJECT_COLON) return json_token_error(d, (unsigned char)c);
            d->pos++;
            d->state = JT_OBJECT_VALUE;
            continue;
        case ',':
            if (d->state == JT_ARRAY_COMMA) d->state = JT_ARRAY_VALUE;
            else if (d->state == JT_OBJECT_COMMA) d->state = JT_OBJECT_KEY;
            else return json_token_error(d, (unsigned char)c);
            d->pos++;
            continue;
        case '"':
            if (d->state == JT_OBJECT_START || d->state == JT_OBJECT_KEY) {
                JsonTok t = json_string(d);
                if (t != JK_ERROR) d->state = JT_OBJECT_COLON;
                return t;
            }
            /* fall through */
        default:
            if (!json_value_allowed(d)) return json_token_error(d, (unsigned char)c);
            return json_scalar(d);
        }
    }
}

static Value *json_value(JsonDec *d, JsonTok t, int depth);

static Value *json_container(JsonDec *d, char open, int depth) {
    if (depth > JSON_MAX_DEPTH) {
        d->err = "exceeded max depth";
        return NULL;
    }
    Vec(const char *) keys = {0};
    Vec(Value *) items = {0};
    Value *result = NULL;
    for (;;) {
        JsonTok t = json_token(d);
        if (t == JK_ERROR) goto done;
        if (t == JK_DELIM && (d->delim == ']' || d->delim == '}')) break;
        if (open == '{') {
            /* the token state machine only gives a string or '}' here */
            vec_push(&keys, d->text);
            t = json_token(d);
            if (t == JK_ERROR) goto done;
        }
        Value *v = json_value(d, t, depth + 1);
        if (!v) goto done;
        vec_push(&items, v);
    }
    result = open == '{' ? val_object(d->a, keys.data, items.data, items.len)
                         : val_tuple(d->a, items.data, items.len);
done:
    vec_free(&keys);
    vec_free(&items);
    return result;
}

static Value *json_value(JsonDec *d, JsonTok t, int depth) {
    switch (t) {
    case JK_DELIM: return json_container(d, d->delim, depth);
    case JK_STRING: return val_string(d->a, d->text, d->text_len);
    case JK_NUMBER: return val_number_text(d->a, d->text, d->text_len);
    case JK_BOOL: return val_bool(d->a, d->boolean);
    case JK_NULL: return val_null(d->a, NULL);
    case JK_ERROR: break;
    }
    return NULL;
}

Value *fn_jsondecode(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    JsonDec d = {.a = fc->a, .s = arg_str(args[0]), .n = args[0]->len, .state = JT_TOP_VALUE};
    Value *v = json_value(&d, json_token(&d), 0);
    char c;
    if (v && json_peek(&d, &c) && c != ']' && c != '}') {
        v = NULL;
        d.err = "extraneous data after JSON object";
    }
    vec_free(&d.stack);
    if (!v) return func_fail(fc, "%s", d.err);
    return v;
}

/* ---- jsonencode: cty's JSON, through Go's string escaping ---------------- */

static void json_put_string(StrBuf *out, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    sb_putc(out, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': sb_puts(out, "\\\""); continue;
        case '\\': sb_puts(out, "\\\\"); continue;
        case '\b': sb_puts(out, "\\b"); continue;
        case '\f': sb_puts(out, "\\f"); continue;
        case '\n': sb_puts(out, "\\n"); continue;
        case '\r': sb_puts(out, "\\r"); continue;
        case '\t': sb_puts(out, "\\t"); continue;
        default: break;
        }
        if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            sb_append(out, esc, 6);
        } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                   ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
            sb_puts(out, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
            i += 2;
        } else {
            sb_putc(out, (char)c);
        }
    }
    sb_putc(out, '"');
}

/* false (with *err) for what JSON cannot hold */
static bool json_encode(Arena *a, const Value *v, StrBuf *out, const char **err, int depth) {
    if (depth > MAX_VALUE_DEPTH) {
        *err = "value is nested too deeply";
        return false;
    }
    switch (v->kind) {
    case V_NULL: sb_puts(out, "null"); return true;
    case V_BOOL: sb_puts(out, v->boolean ? "true" : "false"); return true;
    case V_NUMBER:
        if (num_is_inf(v)) {
            *err = "cannot serialize infinity as JSON";
            return false;
        }
        sb_puts(out, num_format(a, v));
        return true;
    case V_STRING: json_put_string(out, arg_str(v), v->len); return true;
    case V_TUPLE: case V_LIST: case V_SET:
        sb_putc(out, '[');
        for (uint32_t i = 0; i < v->count; i++) {
            if (i) sb_putc(out, ',');
            if (!json_encode(a, v->items[i], out, err, depth + 1)) return false;
        }
        sb_putc(out, ']');
        return true;
    case V_OBJECT: case V_MAP:
        sb_putc(out, '{');
        for (uint32_t i = 0; i < v->count; i++) {
            if (i) sb_putc(out, ',');
            json_put_string(out, v->keys[i], strlen(v->keys[i]));
            sb_putc(out, ':');
            if (!json_encode(a, v->items[i], out, err, depth + 1)) return false;
        }
        sb_putc(out, '}');
        return true;
    case V_UNKNOWN: break;
    }
    *err = "value is not known";
    return false;
}

Value *fn_jsonencode(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    StrBuf out = {0};
    const char *err = NULL;
    if (!json_encode(fc->a, args[0], &out, &err, 0)) {
        sb_free(&out);
        return func_fail(fc, "%s", err);
    }
    return val_mark(fc->a, sb_value(fc, &out), deep_sensitive(args[0], 0));
}

/* ---- textencodebase64 / textdecodebase64: golang.org/x/text by IANA name --
 *
 * The single-byte tables give the code point of each byte 0x80-0xFF (0: not
 * defined), as x/text's charmap defines them: checked byte by byte against
 * Terraform 1.11 (its ISO-8859-2..16 leave the C1 range 0x80-0x9F
 * undefined; ISO-8859-1 maps every byte to itself, so it has no table).
 * Multi-byte Asian encodings and EBCDIC are recognised, not converted: the
 * result is unknown. */

static const uint16_t CP_ISO8859_2[128] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x0104, 0x02d8, 0x0141,
    0x00a4, 0x013d, 0x015a, 0x00a7, 0x00a8, 0x0160, 0x015e, 0x0164, 0x0179, 0x00ad, 0x017d, 0x017b,
    0x00b0, 0x0105, 0x02db, 0x0142, 0x00b4, 0x013e, 0x015b, 0x02c7, 0x00b8, 0x0161, 0x015f, 0x0165,
    0x017a, 0x02dd, 0x017e, 0x017c, 0x0154, 0x00c1, 0x00c2, 0x0102, 0x00c4, 0x0139, 0x0106, 0x00c7,
    0x010c, 0x00c9, 0x0118, 0x00cb, 0x011a, 0x00cd, 0x00ce, 0x010e, 0x0110, 0x0143, 0x0147, 0x00d3,
    0x00d4, 0x0150, 0x00d6, 0x00d7, 0x0158, 0x016e, 0x00da, 0x0170, 0x00dc, 0x00dd, 0x0162, 0x00df,
    0x0155, 0x00e1, 0x00e2, 0x0103, 0x00e4, 0x013a, 0x0107, 0x00e7, 0x010d, 0x00e9, 0x0119, 0x00eb,
    0x011b, 0x00ed, 0x00ee, 0x010f, 0x0111, 0x0144, 0x0148, 0x00f3, 0x00f4, 0x0151, 0x00f6, 0x00f7,
    0x0159, 0x016f, 0x00fa, 0x0171, 0x00fc, 0x00fd, 0x0163, 0x02d9,
};
static const uint16_t CP_ISO8859_3[128] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x0126, 0x02d8, 0x00a3,
    0x00a4, 0x0000, 0x0124, 0x00a7, 0x00a8, 0x0130, 0x015e, 0x011e, 0x0134, 0x00ad, 0x0000, 0x017b,
    0x00b0, 0x0127, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x0125, 0x00b7, 0x00b8, 0x0131, 0x015f, 0x011f,
    0x0135, 0x00bd, 0x0000, 0x017c, 0x00c0, 0x00c1, 0x00c2, 0x0000, 0x00c4, 0x010a, 0x0108, 0x00c7,
    0x00c8, 0x00c9, 0x00ca, 0x00cb, 0x00cc, 0x00cd, 0x00ce, 0x00cf, 0x0000, 0x00d1, 0x00d2, 0x00d3,
    0x00d4, 0x0120, 0x00d6, 0x00d7, 0x011c, 0x00d9, 0x00da, 0x00db, 0x00dc, 0x016c, 0x015c, 0x00df,
    0x00e0, 0x00e1, 0x00e2, 0x0000, 0x00e4, 0x010b, 0x0109, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb,
    0x00ec, 0x00ed, 0x00ee, 0x00ef, 0x0000, 0x00f1, 0x00f2, 0x00f3, 0x00f4, 0x0121, 0x00f6, 0x00f7,
    0x011d, 0x00f9, 0x00fa, 0x00fb, 0x00fc, 0x016d, 0x015d, 0x02d9,
};
static const uint16_t CP_ISO8859_4[128] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x0104, 0x0138, 0x0156,
    0x00a4, 0x0128, 0x013b, 0x00a7, 0x00a8, 0x0160, 0x0112, 0x0122, 0x0166, 0x00ad, 0x017d, 0x00af,
    0x00b0, 0x0105, 0x02db, 0x0157, 0x00b4, 0x0129, 0x013c, 0x02c7, 0x00b8, 0x0161, 0x0113, 0x0123,
    0x0167, 0x014a, 0x017e, 0x014b, 0x0100, 0x00c1, 0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x012e,
    0x010c, 0x00c9, 0x0118, 0x00cb, 0x0116, 0x00cd, 0x00ce, 0x012a, 0x0110, 0x0145, 0x014c, 0x0136,
    0x00d4, 0x00d5, 0x00d6, 0x00d7, 0x00d8, 0x0172, 0x00da, 0x00db, 0x00dc, 0x0168, 0x016a, 0x00df,
    0x0101, 0x00e1, 0x00e2, 0x00e3, 0x00e4, 0x00e5, 0x00e6, 0x012f, 0x010d, 0x00e9, 0x0119, 0x00eb,
    0x0117, 0x00ed, 0x00ee, 0x012b, 0x0111, 0x0146, 0x014d, 0x0137, 0x00f4, 0x00f5, 0x00f6, 0x00f7,
    0x00f8, 0x0173, 0x00fa, 0x00fb, 0x00fc, 0x0169, 0x016b, 0x02d9,
};
static const uint16_t CP_ISO8859_5[128] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x0401, 0x0402, 0x0403,
    0x0404, 0x0405, 0x0406, 0x0407, 0x0408, 0x0409, 0x040a, 0x040b, 0x040c, 0x00ad, 0x040e, 0x040f,
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041a, 0x041b,
    0x041c, 0x041d, 0x041e, 0x041f, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    0x0428, 0x0429, 0x042a, 0x042b, 0x042c, 0x042d, 0x042e, 0x042f, 0x0430, 0x0431, 0x0432, 0x0433,
    0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043a, 0x043b, 0x043c, 0x043d, 0x043e, 0x043f,
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044a, 0x044b,
    0x044c, 0x044d, 0x044e, 0x044f, 0x2116, 0x0451, 0x0452, 0x0453, 0x0454, 0x0455, 0x0456, 0x0457,
    0x0458, 0x0459, 0x045a, 0x045b, 0x045c, 0x00a7, 0x045e, 0x045f,
};
static const uint16_t CP_ISO8859_6[128] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x0000, 0x0000, 0x0000,
    0x00a4, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x060c, 0x00ad, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x061b,
    0x0000, 0x0000, 0x0000, 0x061f, 0x0000, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,
    0x0628, 0x0629, 0x062a, 0x062b, 0x062c, 0x062d, 0x062e, 0x062f, 0x0630, 0x0631, 0x0632, 0x0633,
    0x0634, 0x0635, 0x0636, 0x0637, 0x0638, 0x0639, 0x063a, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0640, 0x0641, 0x0642, 0x0643, 0x0644, 0x0645, 0x0646, 0x0647, 0x0648, 0x0649, 0x064a, 0x064b,
    0x064c, 0x064d, 0x064e, 0x064f, 0x0650, 0x0651, 0x0652, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
};
static const uint16_t CP_ISO8859_7[128] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x2018, 0x2019, 0x00a3,
    0x20ac, 0x20af, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x037a, 0x00ab, 0x00ac, 0x00ad, 0x0000, 0x2015,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x0384, 0x0385, 0x0386, 0x00b7, 0x0388, 0x0389, 0x038a, 0x00bb,
    0x038c, 0x00bd, 0x038e, 0x038f, 0x0390, 0x0391, 0x0392, 0x0393, 0x0394, 0x0395, 0x0396, 0x0397,
    0x0398, 0x0399, 0x039a, 0x039b, 0x039c, 0x039d, 0x039e, 0x039f, 0x03a0, 0x03a1, 0x0000, 0x03a3,
    0x03a4, 0x03a5, 0x03a6, 0x03a7, 0x03a8, 0x03a9, 0x03aa, 0x03ab, 0x03ac, 0x03ad, 0x03ae, 0x03af,
    0x03b0, 0x03b1, 0x03b2, 0x03b3, 0x03b4, 0x03b5, 0x03b6, 0x03b7, 0x03b8, 0x03b9, 0x03ba, 0x03bb,
    0x03bc, 0x03bd, 0x03be, 0x03bf, 0x03c0, 0x03c1, 0x03c2, 0x03c3, 0x03c4, 0x03c5, 0x03c6, 0x03c7,
    0x03c8, 0x03c9, 0x03ca, 0x03cb, 0x03cc, 0x03cd, 0x03ce, 0x0000,
};
static const uint16_t CP_ISO8859_8[128] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x0000, 0x00a2, 0x00a3,
    0x00a4, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x00d7, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x00b9, 0x00f7, 0x00bb,
    0x00bc, 0x00bd, 0x00be, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x2017,
    0x05d0, 0x05d1, 0x05d2, 0x05d3, 0x05d4, 0x05d5, 0x05d6, 0x05d7, 0x05d8, 0x05d9, 0x05da, 0x05db,
    0x05dc, 0x05dd, 0x05de, 0x05df, 0x05e0, 0x05e1, 0x05e2, 0x05e3, 0x05e4, 0x05e5, 0x05e6, 0x05e7,
    0x05e8, 0x05e9, 0x05ea, 0x0000, 0x0000, 0x200e, 0x200f, 0x0000,
};
static const uint16_t CP_ISO8859_9[128] = {
    0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008a, 0x008b,
    0x008c, 0x008d, 0x008e, 0x008f, 0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
    0x0098, 0x0099, 0x009a, 0x009b, 0x009c, 0x009d, 0x009e, 0x009f, 0x00a0, 0x00a1, 0x00a2, 0x00a3,
    0x00a4, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x00aa, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x00b9, 0x00ba, 0x00bb,
    0x00bc, 0x00bd, 0x00be, 0x00bf, 0x00c0, 0x00c1, 0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x00c7,
    0x00c8, 0x00c9, 0x00ca, 0x00cb, 0x00cc, 0x00cd, 0x00ce, 0x00cf, 0x011e, 0x00d1, 0x00d2, 0x00d3,
    0x00d4, 0x00d5, 0x00d6, 0x00d7, 0x00d8, 0x00d9, 0x00da, 0x00db, 0x00dc, 0x0130, 0x015e, 0x00df,
    0x00e0, 0x00e1, 0x00e2, 0x00e3, 0x00e4, 0x00e5, 0x00e6, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb,
    0x00ec, 0x00ed, 0x00ee, 0x00ef, 0x011f, 0x00f1, 0x00f2, 0x00f3, 0x00f4, 0x00f5, 0x00f6, 0x00f7,
    0x00f8, 0x00f9, 0x00fa, 0x00fb, 0x00fc, 0x0131, 0x015f, 0x00ff,
};
static const uint16_t CP_ISO8859_10[128] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x0104, 0x0112, 0x0122,
    0x012a, 0x0128, 0x0136, 0x00a7, 0x013b, 0x0110, 0x0160, 0x0166, 0x017d, 0x00ad, 0x016a, 0x014a,
    0x00b0, 0x0105, 0x0113, 0x0123, 0x012b, 0x0129, 0x0137, 0x00b7, 0x013c, 0x0111, 0x0161, 0x0167,
    0x017e, 0x2015, 0x016b, 0x014b, 0x0100, 0x00c1, 0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x012e,
    0x010c, 0x00c9, 0x0118, 0x00cb, 0x0116, 0x00cd, 0x00ce, 0x00cf, 0x00d0, 0x0145, 0x014c, 0x00d3,
    0x00d4, 0x00d5, 0x00d6, 0x0168, 0x00d8, 0x0172, 0x00da, 0x00db, 0x00dc, 0x00dd, 0x00de, 0x00df,
    0x0101, 0x00e1, 0x00e2, 0x00e3, 0x00e4, 0x00e5, 0x00e6, 0x012f, 0x010d, 0x00e9, 0x0119, 0x00eb,
    0x0117, 0x00ed, 0x00ee, 0x00ef, 0x00f0, 0x0146, 0x014d, 0x00f3, 0x00f4, 0x00f5, 0x00f6, 0x0169,
    0x00f8, 0x0173, 0x00fa, 0x00fb, 0x00fc, 0x00fd, 0x00fe, 0x0138,
};
static const uint16_t CP_ISO8859_13[128] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x201d, 0x00a2, 0x00a3,
    0x00a4, 0x201e, 0x00a6, 0x00a7, 0x00d8, 0x00a9, 0x0156, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00c6,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x201c, 0x00b5, 0x00b6, 0x00b7, 0x00f8, 0x00b9, 0x0157, 0x00bb,
    0x00bc, 0x00bd, 0x00be, 0x00e6, 0x0104, 0x012e, 0x0100, 0x0106, 0x00c4, 0x00c5, 0x0118, 0x0112,
    0x010c, 0x00c9, 0x0179, 0x0116, 0x0122, 0x0136, 0x012a, 0x013b, 0x0160, 0x0143, 0x0145, 0x00d3,
    0x014c, 0x00d5, 0x00d6, 0x00d7, 0x0172, 0x0141, 0x015a, 0x016a, 0x00dc, 0x017b, 0x017d, 0x00df,
    0x0105, 0x012f, 0x0101, 0x0107, 0x00e4, 0x00e5, 0x0119, 0x0113, 0x010d, 0x00e9, 0x017a, 0x0117,
    0x0123, 0x0137, 0x012b, 0x013c, 0x0161, 0x0144, 0x0146, 0x00f3, 0x014d, 0x00f5, 0x00f6, 0x00f7,
    0x0173, 0x0142, 0x015b, 0x016b, 0x00fc, 0x017c, 0x017e, 0x2019,
};
static const uint16_t CP_ISO8859_14[128] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x1e02, 0x1e03, 0x00a3,
    0x010a, 0x010b, 0x1e0a, 0x00a7, 0x1e80, 0x00a9, 0x1e82, 0x1e0b, 0x1ef2, 0x00ad, 0x00ae, 0x0178,
    0x1e1e, 0x1e1f, 0x0120, 0x0121, 0x1e40, 0x1e41, 0x00b6, 0x1e56, 0x1e81, 0x1e57, 0x1e83, 0x1e60,
    0x1ef3, 0x1e84, 0x1e85, 0x1e61, 0x00c0, 0x00c1, 0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x00c7,
    0x00c8, 0x00c9, 0x00ca, 0x00cb, 0x00cc, 0x00cd, 0x00ce, 0x00cf, 0x0174, 0x00d1, 0x00d2, 0x00d3,
    0x00d4, 0x00d5, 0x00d6, 0x1e6a, 0x00d8, 0x00d9, 0x00da, 0x00db, 0x00dc, 0x00dd, 0x0176, 0x00df,
    0x00e0, 0x00e1, 0x00e2, 0x00e3, 0x00e4, 0x00e5, 0x00e6, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb,
    0x00ec, 0x00ed, 0x00ee, 0x00ef, 0x0175, 0x00f1, 0x00f2, 0x00f3, 0x00f4, 0x00f5, 0x00f6, 0x1e6b,
    0x00f8, 0x00f9, 0x00fa, 0x00fb, 0x00fc, 0x00fd, 0x0177, 0x00ff,
};
static const uint16_t CP_ISO8859_15[128] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x00a1, 0x00a2, 0x00a3,
    0x20ac, 0x00a5, 0x0160, 0x00a7, 0x0161, 0x00a9, 0x00aa, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x017d, 0x00b5, 0x00b6, 0x00b7, 0x017e, 0x00b9, 0x00ba, 0x00bb,
    0x0152, 0x0153, 0x0178, 0x00bf, 0x00c0, 0x00c1, 0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x00c7,
    0x00c8, 0x00c9, 0x00ca, 0x00cb, 0x00cc, 0x00cd, 0x00ce, 0x00cf, 0x00d0, 0x00d1, 0x00d2, 0x00d3,
    0x00d4, 0x00d5, 0x00d6, 0x00d7, 0x00d8, 0x00d9, 0x00da, 0x00db, 0x00dc, 0x00dd, 0x00de, 0x00df,
    0x00e0, 0x00e1, 0x00e2, 0x00e3, 0x00e4, 0x00e5, 0x00e6, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb,
    0x00ec, 0x00ed, 0x00ee, 0x00ef, 0x00f0, 0x00f1, 0x00f2, 0x00f3, 0x00f4, 0x00f5, 0x00f6, 0x00f7,
    0x00f8, 0x00f9, 0x00fa, 0x00fb, 0x00fc, 0x00fd, 0x00fe, 0x00ff,
};
static const uint16_t CP_ISO8859_16[128] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x0104, 0x0105, 0x0141,
    0x20ac, 0x201e, 0x0160, 0x00a7, 0x0161, 0x00a9, 0x0218, 0x00ab, 0x0179, 0x00ad, 0x017a, 0x017b,
    0x00b0, 0x00b1, 0x010c, 0x0142, 0x017d, 0x201d, 0x00b6, 0x00b7, 0x017e, 0x010d, 0x0219, 0x00bb,
    0x0152, 0x0153, 0x0178, 0x017c, 0x00c0, 0x00c1, 0x00c2, 0x0102, 0x00c4, 0x0106, 0x00c6, 0x00c7,
    0x00c8, 0x00c9, 0x00ca, 0x00cb, 0x00cc, 0x00cd, 0x00ce, 0x00cf, 0x0110, 0x0143, 0x00d2, 0x00d3,
    0x00d4, 0x0150, 0x00d6, 0x015a, 0x0170, 0x00d9, 0x00da, 0x00db, 0x00dc, 0x0118, 0x021a, 0x00df,
    0x00e0, 0x00e1, 0x00e2, 0x0103, 0x00e4, 0x0107, 0x00e6, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb,
    0x00ec, 0x00ed, 0x00ee, 0x00ef, 0x0111, 0x0144, 0x00f2, 0x00f3, 0x00f4, 0x0151, 0x00f6, 0x015b,
    0x0171, 0x00f9, 0x00fa, 0x00fb, 0x00fc, 0x0119, 0x021b, 0x00ff,
};
static const uint16_t CP_W874[128] = {
    0x20ac, 0x0000, 0x0000, 0x0000, 0x0000, 0x2026, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x0e01, 0x0e02, 0x0e03,
    0x0e04, 0x0e05, 0x0e06, 0x0e07, 0x0e08, 0x0e09, 0x0e0a, 0x0e0b, 0x0e0c, 0x0e0d, 0x0e0e, 0x0e0f,
    0x0e10, 0x0e11, 0x0e12, 0x0e13, 0x0e14, 0x0e15, 0x0e16, 0x0e17, 0x0e18, 0x0e19, 0x0e1a, 0x0e1b,
    0x0e1c, 0x0e1d, 0x0e1e, 0x0e1f, 0x0e20, 0x0e21, 0x0e22, 0x0e23, 0x0e24, 0x0e25, 0x0e26, 0x0e27,
    0x0e28, 0x0e29, 0x0e2a, 0x0e2b, 0x0e2c, 0x0e2d, 0x0e2e, 0x0e2f, 0x0e30, 0x0e31, 0x0e32, 0x0e33,
    0x0e34, 0x0e35, 0x0e36, 0x0e37, 0x0e38, 0x0e39, 0x0e3a, 0x0000, 0x0000, 0x0000, 0x0000, 0x0e3f,
    0x0e40, 0x0e41, 0x0e42, 0x0e43, 0x0e44, 0x0e45, 0x0e46, 0x0e47, 0x0e48, 0x0e49, 0x0e4a, 0x0e4b,
    0x0e4c, 0x0e4d, 0x0e4e, 0x0e4f, 0x0e50, 0x0e51, 0x0e52, 0x0e53, 0x0e54, 0x0e55, 0x0e56, 0x0e57,
    0x0e58, 0x0e59, 0x0e5a, 0x0e5b, 0x0000, 0x0000, 0x0000, 0x0000,
};
static const uint16_t CP_W1250[128] = {
    0x20ac, 0x0000, 0x201a, 0x0000, 0x201e, 0x2026, 0x2020, 0x2021, 0x0000, 0x2030, 0x0160, 0x2039,
    0x015a, 0x0164, 0x017d, 0x0179, 0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x0000, 0x2122, 0x0161, 0x203a, 0x015b, 0x0165, 0x017e, 0x017a, 0x00a0, 0x02c7, 0x02d8, 0x0141,
    0x00a4, 0x0104, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x015e, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x017b,
    0x00b0, 0x00b1, 0x02db, 0x0142, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x0105, 0x015f, 0x00bb,
    0x013d, 0x02dd, 0x013e, 0x017c, 0x0154, 0x00c1, 0x00c2, 0x0102, 0x00c4, 0x0139, 0x0106, 0x00c7,
    0x010c, 0x00c9, 0x0118, 0x00cb, 0x011a, 0x00cd, 0x00ce, 0x010e, 0x0110, 0x0143, 0x0147, 0x00d3,
    0x00d4, 0x0150, 0x00d6, 0x00d7, 0x0158, 0x016e, 0x00da, 0x0170, 0x00dc, 0x00dd, 0x0162, 0x00df,
    0x0155, 0x00e1, 0x00e2, 0x0103, 0x00e4, 0x013a, 0x0107, 0x00e7, 0x010d, 0x00e9, 0x0119, 0x00eb,
    0x011b, 0x00ed, 0x00ee, 0x010f, 0x0111, 0x0144, 0x0148, 0x00f3, 0x00f4, 0x0151, 0x00f6, 0x00f7,
    0x0159, 0x016f, 0x00fa, 0x0171, 0x00fc, 0x00fd, 0x0163, 0x02d9,
};
static const uint16_t CP_W1251[128] = {
    0x0402, 0x0403, 0x201a, 0x0453, 0x201e, 0x2026, 0x2020, 0x2021, 0x20ac, 0x2030, 0x0409, 0x2039,
    0x040a, 0x040c, 0x040b, 0x040f, 0x0452, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x0000, 0x2122, 0x0459, 0x203a, 0x045a, 0x045c, 0x045b, 0x045f, 0x00a0, 0x040e, 0x045e, 0x0408,
    0x00a4, 0x0490, 0x00a6, 0x00a7, 0x0401, 0x00a9, 0x0404, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x0407,
    0x00b0, 0x00b1, 0x0406, 0x0456, 0x0491, 0x00b5, 0x00b6, 0x00b7, 0x0451, 0x2116, 0x0454, 0x00bb,
    0x0458, 0x0405, 0x0455, 0x0457, 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    0x0418, 0x0419, 0x041a, 0x041b, 0x041c, 0x041d, 0x041e, 0x041f, 0x0420, 0x0421, 0x0422, 0x0423,
    0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042a, 0x042b, 0x042c, 0x042d, 0x042e, 0x042f,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043a, 0x043b,
    0x043c, 0x043d, 0x043e, 0x043f, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044a, 0x044b, 0x044c, 0x044d, 0x044e, 0x044f,
};
static const uint16_t CP_W1252[128] = {
    0x20ac, 0x0000, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x0000, 0x017d, 0x0000, 0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x0000, 0x017e, 0x0178, 0x00a0, 0x00a1, 0x00a2, 0x00a3,
    0x00a4, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x00aa, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x00b9, 0x00ba, 0x00bb,
    0x00bc, 0x00bd, 0x00be, 0x00bf, 0x00c0, 0x00c1, 0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x00c7,
    0x00c8, 0x00c9, 0x00ca, 0x00cb, 0x00cc, 0x00cd, 0x00ce, 0x00cf, 0x00d0, 0x00d1, 0x00d2, 0x00d3,
    0x00d4, 0x00d5, 0x00d6, 0x00d7, 0x00d8, 0x00d9, 0x00da, 0x00db, 0x00dc, 0x00dd, 0x00de, 0x00df,
    0x00e0, 0x00e1, 0x00e2, 0x00e3, 0x00e4, 0x00e5, 0x00e6, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb,
    0x00ec, 0x00ed, 0x00ee, 0x00ef, 0x00f0, 0x00f1, 0x00f2, 0x00f3, 0x00f4, 0x00f5, 0x00f6, 0x00f7,
    0x00f8, 0x00f9, 0x00fa, 0x00fb, 0x00fc, 0x00fd, 0x00fe, 0x00ff,
};
static const uint16_t CP_W1253[128] = {
    0x20ac, 0x0000, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x0000, 0x2030, 0x0000, 0x2039,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x0000, 0x2122, 0x0000, 0x203a, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x0385, 0x0386, 0x00a3,
    0x00a4, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x0000, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x2015,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x0384, 0x00b5, 0x00b6, 0x00b7, 0x0388, 0x0389, 0x038a, 0x00bb,
    0x038c, 0x00bd, 0x038e, 0x038f, 0x0390, 0x0391, 0x0392, 0x0393, 0x0394, 0x0395, 0x0396, 0x0397,
    0x0398, 0x0399, 0x039a, 0x039b, 0x039c, 0x039d, 0x039e, 0x039f, 0x03a0, 0x03a1, 0x0000, 0x03a3,
    0x03a4, 0x03a5, 0x03a6, 0x03a7, 0x03a8, 0x03a9, 0x03aa, 0x03ab, 0x03ac, 0x03ad, 0x03ae, 0x03af,
    0x03b0, 0x03b1, 0x03b2, 0x03b3, 0x03b4, 0x03b5, 0x03b6, 0x03b7, 0x03b8, 0x03b9, 0x03ba, 0x03bb,
    0x03bc, 0x03bd, 0x03be, 0x03bf, 0x03c0, 0x03c1, 0x03c2, 0x03c3, 0x03c4, 0x03c5, 0x03c6, 0x03c7,
    0x03c8, 0x03c9, 0x03ca, 0x03cb, 0x03cc, 0x03cd, 0x03ce, 0x0000,
};
static const uint16_t CP_W1254[128] = {
    0x20ac, 0x0000, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x0000, 0x0000, 0x0000, 0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x0000, 0x0000, 0x0178, 0x00a0, 0x00a1, 0x00a2, 0x00a3,
    0x00a4, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x00aa, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x00b9, 0x00ba, 0x00bb,
    0x00bc, 0x00bd, 0x00be, 0x00bf, 0x00c0, 0x00c1, 0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x00c7,
    0x00c8, 0x00c9, 0x00ca, 0x00cb, 0x00cc, 0x00cd, 0x00ce, 0x00cf, 0x011e, 0x00d1, 0x00d2, 0x00d3,
    0x00d4, 0x00d5, 0x00d6, 0x00d7, 0x00d8, 0x00d9, 0x00da, 0x00db, 0x00dc, 0x0130, 0x015e, 0x00df,
    0x00e0, 0x00e1, 0x00e2, 0x00e3, 0x00e4, 0x00e5, 0x00e6, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb,
    0x00ec, 0x00ed, 0x00ee, 0x00ef, 0x011f, 0x00f1, 0x00f2, 0x00f3, 0x00f4, 0x00f5, 0x00f6, 0x00f7,
    0x00f8, 0x00f9, 0x00fa, 0x00fb, 0x00fc, 0x0131, 0x015f, 0x00ff,
};
static const uint16_t CP_W1255[128] = {
    0x20ac, 0x0000, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0000, 0x2039,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0000, 0x203a, 0x0000, 0x0000, 0x0000, 0x0000, 0x00a0, 0x00a1, 0x00a2, 0x00a3,
    0x20aa, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x00d7, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x00b9, 0x00f7, 0x00bb,
    0x00bc, 0x00bd, 0x00be, 0x00bf, 0x05b0, 0x05b1, 0x05b2, 0x05b3, 0x05b4, 0x05b5, 0x05b6, 0x05b7,
    0x05b8, 0x05b9, 0x05ba, 0x05bb, 0x05bc, 0x05bd, 0x05be, 0x05bf, 0x05c0, 0x05c1, 0x05c2, 0x05c3,
    0x05f0, 0x05f1, 0x05f2, 0x05f3, 0x05f4, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x05d0, 0x05d1, 0x05d2, 0x05d3, 0x05d4, 0x05d5, 0x05d6, 0x05d7, 0x05d8, 0x05d9, 0x05da, 0x05db,
    0x05dc, 0x05dd, 0x05de, 0x05df, 0x05e0, 0x05e1, 0x05e2, 0x05e3, 0x05e4, 0x05e5, 0x05e6, 0x05e7,
    0x05e8, 0x05e9, 0x05ea, 0x0000, 0x0000, 0x200e, 0x200f, 0x0000,
};
static const uint16_t CP_W1256[128] = {
    0x20ac, 0x067e, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0679, 0x2039,
    0x0152, 0x0686, 0x0698, 0x0688, 0x06af, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x06a9, 0x2122, 0x0691, 0x203a, 0x0153, 0x200c, 0x200d, 0x06ba, 0x00a0, 0x060c, 0x00a2, 0x00a3,
    0x00a4, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x06be, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x00b9, 0x061b, 0x00bb,
    0x00bc, 0x00bd, 0x00be, 0x061f, 0x06c1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,
    0x0628, 0x0629, 0x062a, 0x062b, 0x062c, 0x062d, 0x062e, 0x062f, 0x0630, 0x0631, 0x0632, 0x0633,
    0x0634, 0x0635, 0x0636, 0x00d7, 0x0637, 0x0638, 0x0639, 0x063a, 0x0640, 0x0641, 0x0642, 0x0643,
    0x00e0, 0x0644, 0x00e2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb,
    0x0649, 0x064a, 0x00ee, 0x00ef, 0x064b, 0x064c, 0x064d, 0x064e, 0x00f4, 0x064f, 0x0650, 0x00f7,
    0x0651, 0x00f9, 0x0652, 0x00fb, 0x00fc, 0x200e, 0x200f, 0x06d2,
};
static const uint16_t CP_W1257[128] = {
    0x20ac, 0x0000, 0x201a, 0x0000, 0x201e, 0x2026, 0x2020, 0x2021, 0x0000, 0x2030, 0x0000, 0x2039,
    0x0000, 0x00a8, 0x02c7, 0x00b8, 0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x0000, 0x2122, 0x0000, 0x203a, 0x0000, 0x00af, 0x02db, 0x0000, 0x00a0, 0x0000, 0x00a2, 0x00a3,
    0x00a4, 0x0000, 0x00a6, 0x00a7, 0x00d8, 0x00a9, 0x0156, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00c6,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00f8, 0x00b9, 0x0157, 0x00bb,
    0x00bc, 0x00bd, 0x00be, 0x00e6, 0x0104, 0x012e, 0x0100, 0x0106, 0x00c4, 0x00c5, 0x0118, 0x0112,
    0x010c, 0x00c9, 0x0179, 0x0116, 0x0122, 0x0136, 0x012a, 0x013b, 0x0160, 0x0143, 0x0145, 0x00d3,
    0x014c, 0x00d5, 0x00d6, 0x00d7, 0x0172, 0x0141, 0x015a, 0x016a, 0x00dc, 0x017b, 0x017d, 0x00df,
    0x0105, 0x012f, 0x0101, 0x0107, 0x00e4, 0x00e5, 0x0119, 0x0113, 0x010d, 0x00e9, 0x017a, 0x0117,
    0x0123, 0x0137, 0x012b, 0x013c, 0x0161, 0x0144, 0x0146, 0x00f3, 0x014d, 0x00f5, 0x00f6, 0x00f7,
    0x0173, 0x0142, 0x015b, 0x016b, 0x00fc, 0x017c, 0x017e, 0x02d9,
};
static const uint16_t CP_W1258[128] = {
    0x20ac, 0x0000, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0000, 0x2039,
    0x0152, 0x0000, 0x0000, 0x0000, 0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0000, 0x203a, 0x0153, 0x0000, 0x0000, 0x0178, 0x00a0, 0x00a1, 0x00a2, 0x00a3,
    0x00a4, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x00aa, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x00b9, 0x00ba, 0x00bb,
    0x00bc, 0x00bd, 0x00be, 0x00bf, 0x00c0, 0x00c1, 0x00c2, 0x0102, 0x00c4, 0x00c5, 0x00c6, 0x00c7,
    0x00c8, 0x00c9, 0x00ca, 0x00cb, 0x0300, 0x00cd, 0x00ce, 0x00cf, 0x0110, 0x00d1, 0x0309, 0x00d3,
    0x00d4, 0x01a0, 0x00d6, 0x00d7, 0x00d8, 0x00d9, 0x00da, 0x00db, 0x00dc, 0x01af, 0x0303, 0x00df,
    0x00e0, 0x00e1, 0x00e2, 0x0103, 0x00e4, 0x00e5, 0x00e6, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb,
    0x0301, 0x00ed, 0x00ee, 0x00ef, 0x0111, 0x00f1, 0x0323, 0x00f3, 0x00f4, 0x01a1, 0x00f6, 0x00f7,
    0x00f8, 0x00f9, 0x00fa, 0x00fb, 0x00fc, 0x01b0, 0x20ab, 0x00ff,
};
static const uint16_t CP_KOI8R[128] = {
    0x2500, 0x2502, 0x250c, 0x2510, 0x2514, 0x2518, 0x251c, 0x2524, 0x252c, 0x2534, 0x253c, 0x2580,
    0x2584, 0x2588, 0x258c, 0x2590, 0x2591, 0x2592, 0x2593, 0x2320, 0x25a0, 0x2219, 0x221a, 0x2248,
    0x2264, 0x2265, 0x00a0, 0x2321, 0x00b0, 0x00b2, 0x00b7, 0x00f7, 0x2550, 0x2551, 0x2552, 0x0451,
    0x2553, 0x2554, 0x2555, 0x2556, 0x2557, 0x2558, 0x2559, 0x255a, 0x255b, 0x255c, 0x255d, 0x255e,
    0x255f, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569,
    0x256a, 0x256b, 0x256c, 0x00a9, 0x044e, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
    0x0445, 0x0438, 0x0439, 0x043a, 0x043b, 0x043c, 0x043d, 0x043e, 0x043f, 0x044f, 0x0440, 0x0441,
    0x0442, 0x0443, 0x0436, 0x0432, 0x044c, 0x044b, 0x0437, 0x0448, 0x044d, 0x0449, 0x0447, 0x044a,
    0x042e, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041a,
    0x041b, 0x041c, 0x041d, 0x041e, 0x041f, 0x042f, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
    0x042c, 0x042b, 0x0417, 0x0428, 0x042d, 0x0429, 0x0427, 0x042a,
};
static const uint16_t CP_KOI8U[128] = {
    0x2500, 0x2502, 0x250c, 0x2510, 0x2514, 0x2518, 0x251c, 0x2524, 0x252c, 0x2534, 0x253c, 0x2580,
    0x2584, 0x2588, 0x258c, 0x2590, 0x2591, 0x2592, 0x2593, 0x2320, 0x25a0, 0x2219, 0x221a, 0x2248,
    0x2264, 0x2265, 0x00a0, 0x2321, 0x00b0, 0x00b2, 0x00b7, 0x00f7, 0x2550, 0x2551, 0x2552, 0x0451,
    0x0454, 0x2554, 0x0456, 0x0457, 0x2557, 0x2558, 0x2559, 0x255a, 0x255b, 0x0491, 0x045e, 0x255e,
    0x255f, 0x2560, 0x2561, 0x0401, 0x0404, 0x2563, 0x0406, 0x0407, 0x2566, 0x2567, 0x2568, 0x2569,
    0x256a, 0x0490, 0x040e, 0x00a9, 0x044e, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,
    0x0445, 0x0438, 0x0439, 0x043a, 0x043b, 0x043c, 0x043d, 0x043e, 0x043f, 0x044f, 0x0440, 0x0441,
    0x0442, 0x0443, 0x0436, 0x0432, 0x044c, 0x044b, 0x0437, 0x0448, 0x044d, 0x0449, 0x0447, 0x044a,
    0x042e, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041a,
    0x041b, 0x041c, 0x041d, 0x041e, 0x041f, 0x042f, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,
    0x042c, 0x042b, 0x0417, 0x0428, 0x042d, 0x0429, 0x0427, 0x042a,
};
static const uint16_t CP_IBM437[128] = {
    0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7, 0x00ea, 0x00eb, 0x00e8, 0x00ef,
    0x00ee, 0x00ec, 0x00c4, 0x00c5, 0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2, 0x00fb, 0x00f9,
    0x00ff, 0x00d6, 0x00dc, 0x00a2, 0x00a3, 0x00a5, 0x20a7, 0x0192, 0x00e1, 0x00ed, 0x00f3, 0x00fa,
    0x00f1, 0x00d1, 0x00aa, 0x00ba, 0x00bf, 0x2310, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00bb,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255d, 0x255c, 0x255b, 0x2510, 0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256b, 0x256a, 0x2518, 0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580,
    0x03b1, 0x00df, 0x0393, 0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4, 0x03a6, 0x0398, 0x03a9, 0x03b4,
    0x221e, 0x03c6, 0x03b5, 0x2229, 0x2261, 0x00b1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00f7, 0x2248,
    0x00b0, 0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2, 0x25a0, 0x00a0,
};
static const uint16_t CP_IBM850[128] = {
    0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7, 0x00ea, 0x00eb, 0x00e8, 0x00ef,
    0x00ee, 0x00ec, 0x00c4, 0x00c5, 0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2, 0x00fb, 0x00f9,
    0x00ff, 0x00d6, 0x00dc, 0x00f8, 0x00a3, 0x00d8, 0x00d7, 0x0192, 0x00e1, 0x00ed, 0x00f3, 0x00fa,
    0x00f1, 0x00d1, 0x00aa, 0x00ba, 0x00bf, 0x00ae, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00bb,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00c1, 0x00c2, 0x00c0, 0x00a9, 0x2563, 0x2551, 0x2557,
    0x255d, 0x00a2, 0x00a5, 0x2510, 0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x00e3, 0x00c3,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x00a4, 0x00f0, 0x00d0, 0x00ca, 0x00cb,
    0x00c8, 0x0131, 0x00cd, 0x00ce, 0x00cf, 0x2518, 0x250c, 0x2588, 0x2584, 0x00a6, 0x00cc, 0x2580,
    0x00d3, 0x00df, 0x00d4, 0x00d2, 0x00f5, 0x00d5, 0x00b5, 0x00fe, 0x00de, 0x00da, 0x00db, 0x00d9,
    0x00fd, 0x00dd, 0x00af, 0x00b4, 0x00ad, 0x00b1, 0x2017, 0x00be, 0x00b6, 0x00a7, 0x00f7, 0x00b8,
    0x00b0, 0x00a8, 0x00b7, 0x00b9, 0x00b3, 0x00b2, 0x25a0, 0x00a0,
};
static const uint16_t CP_IBM852[128] = {
    0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x016f, 0x0107, 0x00e7, 0x0142, 0x00eb, 0x0150, 0x0151,
    0x00ee, 0x0179, 0x00c4, 0x0106, 0x00c9, 0x0139, 0x013a, 0x00f4, 0x00f6, 0x013d, 0x013e, 0x015a,
    0x015b, 0x00d6, 0x00dc, 0x0164, 0x0165, 0x0141, 0x00d7, 0x010d, 0x00e1, 0x00ed, 0x00f3, 0x00fa,
    0x0104, 0x0105, 0x017d, 0x017e, 0x0118, 0x0119, 0x00ac, 0x017a, 0x010c, 0x015f, 0x00ab, 0x00bb,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00c1, 0x00c2, 0x011a, 0x015e, 0x2563, 0x2551, 0x2557,
    0x255d, 0x017b, 0x017c, 0x2510, 0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x0102, 0x0103,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x00a4, 0x0111, 0x0110, 0x010e, 0x00cb,
    0x010f, 0x0147, 0x00cd, 0x00ce, 0x011b, 0x2518, 0x250c, 0x2588, 0x2584, 0x0162, 0x016e, 0x2580,
    0x00d3, 0x00df, 0x00d4, 0x0143, 0x0144, 0x0148, 0x0160, 0x0161, 0x0154, 0x00da, 0x0155, 0x0170,
    0x00fd, 0x00dd, 0x0163, 0x00b4, 0x00ad, 0x02dd, 0x02db, 0x02c7, 0x02d8, 0x00a7, 0x00f7, 0x00b8,
    0x00b0, 0x00a8, 0x02d9, 0x0171, 0x0158, 0x0159, 0x25a0, 0x00a0,
};
static const uint16_t CP_IBM855[128] = {
    0x0452, 0x0402, 0x0453, 0x0403, 0x0451, 0x0401, 0x0454, 0x0404, 0x0455, 0x0405, 0x0456, 0x0406,
    0x0457, 0x0407, 0x0458, 0x0408, 0x0459, 0x0409, 0x045a, 0x040a, 0x045b, 0x040b, 0x045c, 0x040c,
    0x045e, 0x040e, 0x045f, 0x040f, 0x044e, 0x042e, 0x044a, 0x042a, 0x0430, 0x0410, 0x0431, 0x0411,
    0x0446, 0x0426, 0x0434, 0x0414, 0x0435, 0x0415, 0x0444, 0x0424, 0x0433, 0x0413, 0x00ab, 0x00bb,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x0445, 0x0425, 0x0438, 0x0418, 0x2563, 0x2551, 0x2557,
    0x255d, 0x0439, 0x0419, 0x2510, 0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x043a, 0x041a,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x00a4, 0x043b, 0x041b, 0x043c, 0x041c,
    0x043d, 0x041d, 0x043e, 0x041e, 0x043f, 0x2518, 0x250c, 0x2588, 0x2584, 0x041f, 0x044f, 0x2580,
    0x042f, 0x0440, 0x0420, 0x0441, 0x0421, 0x0442, 0x0422, 0x0443, 0x0423, 0x0436, 0x0416, 0x0432,
    0x0412, 0x044c, 0x042c, 0x2116, 0x00ad, 0x044b, 0x042b, 0x0437, 0x0417, 0x0448, 0x0428, 0x044d,
    0x042d, 0x0449, 0x0429, 0x0447, 0x0427, 0x00a7, 0x25a0, 0x00a0,
};
static const uint16_t CP_IBM858[128] = {
    0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7, 0x00ea, 0x00eb, 0x00e8, 0x00ef,
    0x00ee, 0x00ec, 0x00c4, 0x00c5, 0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2, 0x00fb, 0x00f9,
    0x00ff, 0x00d6, 0x00dc, 0x00f8, 0x00a3, 0x00d8, 0x00d7, 0x0192, 0x00e1, 0x00ed, 0x00f3, 0x00fa,
    0x00f1, 0x00d1, 0x00aa, 0x00ba, 0x00bf, 0x00ae, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00bb,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00c1, 0x00c2, 0x00c0, 0x00a9, 0x2563, 0x2551, 0x2557,
    0x255d, 0x00a2, 0x00a5, 0x2510, 0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x00e3, 0x00c3,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x00a4, 0x00f0, 0x00d0, 0x00ca, 0x00cb,
    0x00c8, 0x20ac, 0x00cd, 0x00ce, 0x00cf, 0x2518, 0x250c, 0x2588, 0x2584, 0x00a6, 0x00cc, 0x2580,
    0x00d3, 0x00df, 0x00d4, 0x00d2, 0x00f5, 0x00d5, 0x00b5, 0x00fe, 0x00de, 0x00da, 0x00db, 0x00d9,
    0x00fd, 0x00dd, 0x00af, 0x00b4, 0x00ad, 0x00b1, 0x2017, 0x00be, 0x00b6, 0x00a7, 0x00f7, 0x00b8,
    0x00b0, 0x00a8, 0x00b7, 0x00b9, 0x00b3, 0x00b2, 0x25a0, 0x00a0,
};
static const uint16_t CP_IBM860[128] = {
    0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e3, 0x00e0, 0x00c1, 0x00e7, 0x00ea, 0x00ca, 0x00e8, 0x00cd,
    0x00d4, 0x00ec, 0x00c3, 0x00c2, 0x00c9, 0x00c0, 0x00c8, 0x00f4, 0x00f5, 0x00f2, 0x00da, 0x00f9,
    0x00cc, 0x00d5, 0x00dc, 0x00a2, 0x00a3, 0x00d9, 0x20a7, 0x00d3, 0x00e1, 0x00ed, 0x00f3, 0x00fa,
    0x00f1, 0x00d1, 0x00aa, 0x00ba, 0x00bf, 0x00d2, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00bb,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255d, 0x255c, 0x255b, 0x2510, 0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256b, 0x256a, 0x2518, 0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580,
    0x03b1, 0x00df, 0x0393, 0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4, 0x03a6, 0x0398, 0x03a9, 0x03b4,
    0x221e, 0x03c6, 0x03b5, 0x2229, 0x2261, 0x00b1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00f7, 0x2248,
    0x00b0, 0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2, 0x25a0, 0x00a0,
};
static const uint16_t CP_IBM862[128] = {
    0x05d0, 0x05d1, 0x05d2, 0x05d3, 0x05d4, 0x05d5, 0x05d6, 0x05d7, 0x05d8, 0x05d9, 0x05da, 0x05db,
    0x05dc, 0x05dd, 0x05de, 0x05df, 0x05e0, 0x05e1, 0x05e2, 0x05e3, 0x05e4, 0x05e5, 0x05e6, 0x05e7,
    0x05e8, 0x05e9, 0x05ea, 0x00a2, 0x00a3, 0x00a5, 0x20a7, 0x0192, 0x00e1, 0x00ed, 0x00f3, 0x00fa,
    0x00f1, 0x00d1, 0x00aa, 0x00ba, 0x00bf, 0x2310, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00bb,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255d, 0x255c, 0x255b, 0x2510, 0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256b, 0x256a, 0x2518, 0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580,
    0x03b1, 0x00df, 0x0393, 0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4, 0x03a6, 0x0398, 0x03a9, 0x03b4,
    0x221e, 0x03c6, 0x03b5, 0x2229, 0x2261, 0x00b1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00f7, 0x2248,
    0x00b0, 0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2, 0x25a0, 0x00a0,
};
static const uint16_t CP_IBM863[128] = {
    0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00c2, 0x00e0, 0x00b6, 0x00e7, 0x00ea, 0x00eb, 0x00e8, 0x00ef,
    0x00ee, 0x2017, 0x00c0, 0x00a7, 0x00c9, 0x00c8, 0x00ca, 0x00f4, 0x00cb, 0x00cf, 0x00fb, 0x00f9,
    0x00a4, 0x00d4, 0x00dc, 0x00a2, 0x00a3, 0x00d9, 0x00db, 0x0192, 0x00a6, 0x00b4, 0x00f3, 0x00fa,
    0x00a8, 0x00b8, 0x00b3, 0x00af, 0x00ce, 0x2310, 0x00ac, 0x00bd, 0x00bc, 0x00be, 0x00ab, 0x00bb,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255d, 0x255c, 0x255b, 0x2510, 0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256b, 0x256a, 0x2518, 0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580,
    0x03b1, 0x00df, 0x0393, 0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4, 0x03a6, 0x0398, 0x03a9, 0x03b4,
    0x221e, 0x03c6, 0x03b5, 0x2229, 0x2261, 0x00b1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00f7, 0x2248,
    0x00b0, 0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2, 0x25a0, 0x00a0,
};
static const uint16_t CP_IBM865[128] = {
    0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7, 0x00ea, 0x00eb, 0x00e8, 0x00ef,
    0x00ee, 0x00ec, 0x00c4, 0x00c5, 0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2, 0x00fb, 0x00f9,
    0x00ff, 0x00d6, 0x00dc, 0x00f8, 0x00a3, 0x00d8, 0x20a7, 0x0192, 0x00e1, 0x00ed, 0x00f3, 0x00fa,
    0x00f1, 0x00d1, 0x00aa, 0x00ba, 0x00bf, 0x2310, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00a4,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255d, 0x255c, 0x255b, 0x2510, 0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256b, 0x256a, 0x2518, 0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580,
    0x03b1, 0x00df, 0x0393, 0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4, 0x03a6, 0x0398, 0x03a9, 0x03b4,
    0x221e, 0x03c6, 0x03b5, 0x2229, 0x2261, 0x00b1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00f7, 0x2248,
    0x00b0, 0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2, 0x25a0, 0x00a0,
};
static const uint16_t CP_IBM866[128] = {
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041a, 0x041b,
    0x041c, 0x041d, 0x041e, 0x041f, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    0x0428, 0x0429, 0x042a, 0x042b, 0x042c, 0x042d, 0x042e, 0x042f, 0x0430, 0x0431, 0x0432, 0x0433,
    0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043a, 0x043b, 0x043c, 0x043d, 0x043e, 0x043f,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255d, 0x255c, 0x255b, 0x2510, 0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256b, 0x256a, 0x2518, 0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580,
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044a, 0x044b,
    0x044c, 0x044d, 0x044e, 0x044f, 0x0401, 0x0451, 0x0404, 0x0454, 0x0407, 0x0457, 0x040e, 0x045e,
    0x00b0, 0x2219, 0x00b7, 0x221a, 0x2116, 0x00a4, 0x25a0, 0x00a0,
};
static const uint16_t CP_MAC[128] = {
    0x00c4, 0x00c5, 0x00c7, 0x00c9, 0x00d1, 0x00d6, 0x00dc, 0x00e1, 0x00e0, 0x00e2, 0x00e4, 0x00e3,
    0x00e5, 0x00e7, 0x00e9, 0x00e8, 0x00ea, 0x00eb, 0x00ed, 0x00ec, 0x00ee, 0x00ef, 0x00f1, 0x00f3,
    0x00f2, 0x00f4, 0x00f6, 0x00f5, 0x00fa, 0x00f9, 0x00fb, 0x00fc, 0x2020, 0x00b0, 0x00a2, 0x00a3,
    0x00a7, 0x2022, 0x00b6, 0x00df, 0x00ae, 0x00a9, 0x2122, 0x00b4, 0x00a8, 0x2260, 0x00c6, 0x00d8,
    0x221e, 0x00b1, 0x2264, 0x2265, 0x00a5, 0x00b5, 0x2202, 0x2211, 0x220f, 0x03c0, 0x222b, 0x00aa,
    0x00ba, 0x03a9, 0x00e6, 0x00f8, 0x00bf, 0x00a1, 0x00ac, 0x221a, 0x0192, 0x2248, 0x2206, 0x00ab,
    0x00bb, 0x2026, 0x00a0, 0x00c0, 0x00c3, 0x00d5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201c, 0x201d,
    0x2018, 0x2019, 0x00f7, 0x25ca, 0x00ff, 0x0178, 0x2044, 0x20ac, 0x2039, 0x203a, 0xfb01, 0xfb02,
    0x2021, 0x00b7, 0x201a, 0x201e, 0x2030, 0x00c2, 0x00ca, 0x00c1, 0x00cb, 0x00c8, 0x00cd, 0x00ce,
    0x00cf, 0x00cc, 0x00d3, 0x00d4, 0xf8ff, 0x00d2, 0x00da, 0x00db, 0x00d9, 0x0131, 0x02c6, 0x02dc,
    0x00af, 0x02d8, 0x02d9, 0x02da, 0x00b8, 0x02dd, 0x02db, 0x02c7,
};

typedef enum TextKind { TX_UTF8, TX_UTF16, TX_UTF16BE, TX_UTF16LE, TX_ASCII, TX_SINGLE, TX_UNCONVERTED } TextKind;

typedef struct TextEncoding {
    const char *name;            /* the IANA name x/text reports */
    TextKind kind;
    const uint16_t *high;        /* TX_SINGLE: bytes 0x80-0xFF; NULL for ISO-8859-1 */
    const char *aliases;         /* names and aliases, '|'-separated, matched ignoring case */
} TextEncoding;

static const TextEncoding TEXT_ENCODINGS[] = {
    {"UTF-8", TX_UTF8, NULL, "UTF-8|csUTF8"},
    {"UTF-16", TX_UTF16, NULL, "UTF-16|csUTF16"},
    {"UTF-16BE", TX_UTF16BE, NULL, "UTF-16BE|csUTF16BE"},
    {"UTF-16LE", TX_UTF16LE, NULL, "UTF-16LE|csUTF16LE"},
    {"US-ASCII", TX_ASCII, NULL,
     "US-ASCII|iso-ir-6|ANSI_X3.4-1968|ANSI_X3.4-1986|ISO_646.irv:1991|ISO646-US|us|IBM367|cp367|csASCII"},
    {"ISO_8859-1:1987", TX_SINGLE, NULL, "ISO_8859-1:1987|iso-ir-100|ISO_8859-1|ISO-8859-1|latin1|l1|IBM819|CP819|csISOLatin1"},
    {"ISO_8859-2:1987", TX_SINGLE, CP_ISO8859_2, "ISO_8859-2:1987|iso-ir-101|ISO_8859-2|ISO-8859-2|latin2|l2|csISOLatin2"},
    {"ISO_8859-3:1988", TX_SINGLE, CP_ISO8859_3, "ISO_8859-3:1988|iso-ir-109|ISO_8859-3|ISO-8859-3|latin3|l3|csISOLatin3"},
    {"ISO_8859-4:1988", TX_SINGLE, CP_ISO8859_4, "ISO_8859-4:1988|iso-ir-110|ISO_8859-4|ISO-8859-4|latin4|l4|csISOLatin4"},
    {"ISO_8859-5:1988", TX_SINGLE, CP_ISO8859_5, "ISO_8859-5:1988|iso-ir-144|ISO_8859-5|ISO-8859-5|cyrillic|csISOLatinCyrillic"},
    {"ISO_8859-6:1987", TX_SINGLE, CP_ISO8859_6, "ISO_8859-6:1987|iso-ir-127|ISO_8859-6|ISO-8859-6|ECMA-114|ASMO-708|arabic|csISOLatinArabic"},
    {"ISO_8859-6-E", TX_SINGLE, CP_ISO8859_6, "ISO_8859-6-E|csISO88596E|ISO-8859-6-E"},
    {"ISO_8859-6-I", TX_SINGLE, CP_ISO8859_6, "ISO_8859-6-I|csISO88596I|ISO-8859-6-I"},
    {"ISO_8859-7:1987", TX_SINGLE, CP_ISO8859_7, "ISO_8859-7:1987|iso-ir-126|ISO_8859-7|ISO-8859-7|ELOT_928|ECMA-118|greek|greek8|csISOLatinGreek"},
    {"ISO_8859-8:1988", TX_SINGLE, CP_ISO8859_8, "ISO_8859-8:1988|iso-ir-138|ISO_8859-8|ISO-8859-8|hebrew|csISOLatinHebrew"},
    {"ISO_8859-8-E", TX_SINGLE, CP_ISO8859_8, "ISO_8859-8-E|csISO88598E|ISO-8859-8-E"},
    {"ISO_8859-8-I", TX_SINGLE, CP_ISO8859_8, "ISO_8859-8-I|csISO88598I|ISO-8859-8-I"},
    {"ISO_8859-9:1989", TX_SINGLE, CP_ISO8859_9, "ISO_8859-9:1989|iso-ir-148|ISO_8859-9|ISO-8859-9|latin5|l5|csISOLatin5"},
    {"ISO-8859-10", TX_SINGLE, CP_ISO8859_10, "ISO-8859-10|iso-ir-157|l6|ISO_8859-10:1992|csISOLatin6|latin6"},
    {"ISO-8859-13", TX_SINGLE, CP_ISO8859_13, "ISO-8859-13|csISO885913"},
    {"ISO-8859-14", TX_SINGLE, CP_ISO8859_14, "ISO-8859-14|iso-ir-199|ISO_8859-14:1998|ISO_8859-14|latin8|iso-celtic|l8|csISO885914"},
    {"ISO-8859-15", TX_SINGLE, CP_ISO8859_15, "ISO-8859-15|ISO_8859-15|Latin-9|csISO885915"},
    {"ISO-8859-16", TX_SINGLE, CP_ISO8859_16, "ISO-8859-16|iso-ir-226|ISO_8859-16:2001|ISO_8859-16|latin10|l10|csISO885916"},
    {"windows-874", TX_SINGLE, CP_W874, "windows-874|cswindows874"},
    {"windows-1250", TX_SINGLE, CP_W1250, "windows-1250|cswindows1250"},
    {"windows-1251", TX_SINGLE, CP_W1251, "windows-1251|cswindows1251"},
    {"windows-1252", TX_SINGLE, CP_W1252, "windows-1252|cswindows1252"},
    {"windows-1253", TX_SINGLE, CP_W1253, "windows-1253|cswindows1253"},
    {"windows-1254", TX_SINGLE, CP_W1254, "windows-1254|cswindows1254"},
    {"windows-1255", TX_SINGLE, CP_W1255, "windows-1255|cswindows1255"},
    {"windows-1256", TX_SINGLE, CP_W1256, "windows-1256|cswindows1256"},
    {"windows-1257", TX_SINGLE, CP_W1257, "windows-1257|cswindows1257"},
    {"windows-1258", TX_SINGLE, CP_W1258, "windows-1258|cswindows1258"},
    {"KOI8-R", TX_SINGLE, CP_KOI8R, "KOI8-R|csKOI8R"},
    {"KOI8-U", TX_SINGLE, CP_KOI8U, "KOI8-U|csKOI8U"},
    {"IBM437", TX_SINGLE, CP_IBM437, "IBM437|cp437|437|csPC8CodePage437"},
    {"IBM850", TX_SINGLE, CP_IBM850, "IBM850|cp850|850|csPC850Multilingual"},
    {"IBM852", TX_SINGLE, CP_IBM852, "IBM852|cp852|852|csPCp852"},
    {"IBM855", TX_SINGLE, CP_IBM855, "IBM855|cp855|855|csIBM855"},
    {"IBM00858", TX_SINGLE, CP_IBM858, "IBM00858|CCSID00858|CP00858|PC-Multilingual-850+euro|csIBM00858"},
    {"IBM860", TX_SINGLE, CP_IBM860, "IBM860|cp860|860|csIBM860"},
    {"IBM862", TX_SINGLE, CP_IBM862, "IBM862|cp862|862|csPC862LatinHebrew"},
    {"IBM863", TX_SINGLE, CP_IBM863, "IBM863|cp863|863|csIBM863"},
    {"IBM865", TX_SINGLE, CP_IBM865, "IBM865|cp865|865|csIBM865"},
    {"IBM866", TX_SINGLE, CP_IBM866, "IBM866|cp866|866|csIBM866"},
    {"macintosh", TX_SINGLE, CP_MAC, "macintosh|mac|csMacintosh"},
    {"IBM037", TX_UNCONVERTED, NULL, "IBM037|cp037|ebcdic-cp-us|ebcdic-cp-ca|ebcdic-cp-wt|ebcdic-cp-nl|csIBM037"},
    {"IBM1047", TX_UNCONVERTED, NULL, "IBM1047|IBM-1047|csIBM1047"},
    {"IBM01140", TX_UNCONVERTED, NULL, "IBM01140|CCSID01140|CP01140|ebcdic-us-37+euro|csIBM01140"},
    {"Shift_JIS", TX_UNCONVERTED, NULL, "Shift_JIS|MS_Kanji|csShiftJIS"},
    {"Extended_UNIX_Code_Packed_Format_for_Japanese", TX_UNCONVERTED, NULL,
     "Extended_UNIX_Code_Packed_Format_for_Japanese|csEUCPkdFmtJapanese|EUC-JP"},
    {"ISO-2022-JP", TX_UNCONVERTED, NULL, "ISO-2022-JP|csISO2022JP"},
    {"EUC-KR", TX_UNCONVERTED, NULL, "EUC-KR|csEUCKR"},
    {"GB18030", TX_UNCONVERTED, NULL, "GB18030|csGB18030"},
    {"GBK", TX_UNCONVERTED, NULL, "GBK|CP936|MS936|windows-936|csGBK"},
    {"HZ-GB-2312", TX_UNCONVERTED, NULL, "HZ-GB-2312"},
    {"Big5", TX_UNCONVERTED, NULL, "Big5|csBig5"},
};

/* ianaindex's lookup: surrounding spaces trimmed, case ignored. */
static const TextEncoding *text_encoding(const char *name, size_t n) {
    while (n && (*name == ' ' || *name == '\t' || *name == '\n' || *name == '\r')) name++, n--;
    while (n && (name[n - 1] == ' ' || name[n - 1] == '\t' || name[n - 1] == '\n' || name[n - 1] == '\r')) n--;
    for (size_t i = 0; i < sizeof TEXT_ENCODINGS / sizeof TEXT_ENCODINGS[0]; i++) {
        for (const char *al = TEXT_ENCODINGS[i].aliases; *al;) {
            size_t len = strcspn(al, "|");
            if (len == n && strncasecmp(al, name, n) == 0) return &TEXT_ENCODINGS[i];
            al += len + (al[len] == '|');
        }
    }
    return NULL;
}

static const TextEncoding *text_encoding_arg(FuncCall *fc, const Value *v) {
    const TextEncoding *e = text_encoding(arg_str(v), v->len);
    if (!e)
        func_arg_error(fc, 1, "%s is not a supported IANA encoding name or alias in this Terraform version",
                       val_go_quote(fc->a, arg_str(v), v->len));
    return e;
}

static void put_utf16(StrBuf *out, uint32_t unit, bool big_endian) {
    char b[2] = {(char)(big_endian ? unit >> 8 : unit & 0xff), (char)(big_endian ? unit & 0xff : unit >> 8)};
    sb_append(out, b, 2);
}

/* UTF-8 s in encoding e; false when a character has no encoding there. */
static bool text_encode(const TextEncoding *e, const char *s, size_t n, StrBuf *out) {
    if (e->kind == TX_UTF8) {
        sb_append(out, s, n);
        return true;
    }
    if (e->kind == TX_UTF16) sb_append(out, "\xfe\xff", 2);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int w = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (w == 0) return false;
        i += (size_t)w;
        switch (e->kind) {
        case TX_UTF16: case TX_UTF16BE: case TX_UTF16LE: {
            bool be = e->kind != TX_UTF16LE;
            if (cp >= 0x10000) {
                put_utf16(out, 0xD800 + ((cp - 0x10000) >> 10), be);
                put_utf16(out, 0xDC00 + ((cp - 0x10000) & 0x3ff), be);
            } else {
                put_utf16(out, cp, be);
            }
            break;
        }
        case TX_ASCII:
            if (cp >= 0x80) return false;
            sb_putc(out, (char)cp);
            break;
        default: {
            if (cp < 0x80 || (!e->high && cp < 0x100)) {
                sb_putc(out, (char)cp);
                break;
            }
            int k = 0;
            while (e->high && k < 128 && e->high[k] != cp) k++;
            if (!e->high || k == 128) return false;
            sb_putc(out, (char)(0x80 + k));
        }
        }
    }
    return true;
}

static void put_cp(StrBuf *out, uint32_t cp) {
    char b[4];
    sb_append(out, b, (size_t)utf8_encode(cp, b));
}

/* bytes in encoding e as UTF-8; false for bytes e does not define
 * (x/text's decoders give U+FFFD, which Terraform rejects). */
static bool text_decode(const TextEncoding *e, const unsigned char *s, size_t n, StrBuf *out) {
    if (e->kind == TX_UTF8) {
        if (!valid_utf8((const char *)s, n)) return false;
        sb_append(out, (const char *)s, n);
        return true;
    }
    if (e->kind == TX_UTF16 || e->kind == TX_UTF16BE || e->kind == TX_UTF16LE) {
        bool be = e->kind != TX_UTF16LE;
        size_t i = 0;
        if (e->kind == TX_UTF16 && n >= 2 && ((s[0] == 0xfe && s[1] == 0xff) || (s[0] == 0xff && s[1] == 0xfe))) {
            be = s[0] == 0xfe;
            i = 2;
        }
        for (; i < n; i += 2) {
            if (i + 1 >= n) return false;
            uint32_t u = be ? (uint32_t)s[i] << 8 | s[i + 1] : (uint32_t)s[i + 1] << 8 | s[i];
            if (u >= 0xD800 && u < 0xDC00 && i + 3 < n) {
                uint32_t lo = be ? (uint32_t)s[i + 2] << 8 | s[i + 3] : (uint32_t)s[i + 3] << 8 | s[i + 2];
                if (lo >= 0xDC00 && lo < 0xE000) {
                    put_cp(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                    i += 2;
                    continue;
                }
            }
            if (u >= 0xD800 && u < 0xE000) return false;
            put_cp(out, u);
        }
        return true;
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = s[i];
        if (cp >= 0x80 && e->kind == TX_ASCII) return false;
        if (cp >= 0x80 && e->high) cp = e->high[cp - 0x80];
        if (cp == 0) return false;
        put_cp(out, cp);
    }
    return true;
}

static bool has_replacement_char(const StrBuf *sb) {
    for (size_t i = 0; i + 3 <= sb->len; i++)
        if (memcmp(sb->data + i, "\xEF\xBF\xBD", 3) == 0) return true;
    return false;
}

Value *fn_textencodebase64(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const TextEncoding *e = text_encoding_arg(fc, args[1]);
    if (!e) return NULL;
    if (e->kind == TX_UNCONVERTED) return func_unknown_result(fc);
    StrBuf enc = {0}, out = {0};
    if (!text_encode(e, arg_str(args[0]), args[0]->len, &enc)) {
        sb_free(&enc);
        return func_arg_error(fc, 0, "the given string contains characters that cannot be represented in %s", e->name);
    }
    b64_encode(&out, (const unsigned char *)(enc.data ? enc.data : ""), enc.len);
    sb_free(&enc);
    return sb_value(fc, &out);
}

Value *fn_textdecodebase64(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    const TextEncoding *e = text_encoding_arg(fc, args[1]);
    if (!e) return NULL;
    StrBuf raw = {0}, out = {0};
    size_t bad;
    if (!b64_decode(arg_str(args[0]), args[0]->len, &raw, &bad)) {
        sb_free(&raw);
        return func_arg_error(fc, 0, "the given value is has an invalid base64 symbol at offset %zu", bad);
    }
    if (e->kind == TX_UNCONVERTED) {
        sb_free(&raw);
        return func_unknown_result(fc);
    }
    bool ok = text_decode(e, (const unsigned char *)(raw.data ? raw.data : ""), raw.len, &out);
    sb_free(&raw);
    if (!ok || has_replacement_char(&out)) {
        sb_free(&out);
        return func_arg_error(fc, 0, "the given string contains symbols that are not defined for %s", e->name);
    }
    return sb_value(fc, &out);
}

/* ---- urlencode: url.QueryEscape ------------------------------------------ */

Value *fn_urlencode(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    static const char hex[] = "0123456789ABCDEF";
    const char *s = arg_str(args[0]);
    StrBuf out = {0};
    for (size_t i = 0; i < args[0]->len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
            sb_putc(&out, (char)c);
        } else if (c == ' ') {
            sb_putc(&out, '+');
        } else {
            char esc[3] = {'%', hex[c >> 4], hex[c & 15]};
            sb_append(&out, esc, 3);
        }
    }
    return sb_value(fc, &out);
}

/* ---- yamldecode: libyaml's events, resolved as go-cty-yaml 1.1 does -------
 *
 * Plain scalars resolve by go-cty-yaml's table: YAML 1.1 booleans (yes, on,
 * y), nulls, .inf, YAML 1.2 numbers (1.0, 0x1f, 0o17; no underscores) and
 * timestamps (as RFC 3339 strings); quoted and block scalars stay strings.
 * Mappings become objects (keys converted to strings, "<<" merging),
 * sequences tuples.  Errors carry go-cty-yaml's position prefix: none on the
 * first line, else "on line L, column C: " with L the 0-based line. */

#define YAML_TAG(x) "tag:yaml.org,2002:" x

enum { YAML_MAX_DEPTH = 1000 };

typedef struct YamlAnchor {
    const char *name;
    Value *value;
    int pending;                 /* > 0 while its node is being read */
} YamlAnchor;

typedef struct YamlDec {
    Arena *a;
    yaml_parser_t p;
    Vec(YamlAnchor) anchors;
    const char *err;
} YamlDec;

static const char *yd_event_name(yaml_event_type_t t) {
    static const char *const names[] = {"none", "stream start", "stream end", "document start", "document end",
                                        "alias", "scalar", "sequence start", "sequence end", "mapping start",
                                        "mapping end"};
    return (size_t)t < sizeof names / sizeof names[0] ? names[t] : "unknown";
}

/* An error about an event (parseEventErrorWrap). */
static void yd_event_error(YamlDec *d, const yaml_event_t *e, const char *msg) {
    if (e->start_mark.line == 0) d->err = msg;
    else d->err = arena_printf(d->a, "on line %zu, column %zu: %s", e->start_mark.line, e->start_mark.column + 1, msg);
}

/* A scanner or parser error (parserErrorWrap). */
static void yd_parser_error(YamlDec *d) {
    const char *cause = d->p.problem ? d->p.problem : "invalid YAML syntax";
    if (d->p.problem_mark.line != 0) {
        size_t line = d->p.problem_mark.line, col = d->p.problem_mark.column;
        if (d->p.error == YAML_SCANNER_ERROR) line++, col = 0;
        d->err = arena_printf(d->a, "on line %zu, column %zu: %s", line, col + 1, cause);
    } else if (d->p.context_mark.line != 0) {
        d->err = arena_printf(d->a, "on line %zu, column %zu: %s", d->p.context_mark.line,
                              d->p.context_mark.column + 1, cause);
    } else {
        d->err = arena_strndup(d->a, cause, strlen(cause));
    }
}

static bool yd_next(YamlDec *d, yaml_event_t *e) {
    if (yaml_parser_parse(&d->p, e)) return true;
    yd_parser_error(d);
    return false;
}

static bool str_is(const char *s, size_t n, const char *word) { return strlen(word) == n && memcmp(s, word, n) == 0; }

static bool all_digits(const char *s, size_t n, int base) {
    if (!n) return false;
    for (size_t i = 0; i < n; i++) {
        int v = hex_digit(s[i]);
        if (v < 0 || v >= base) return false;
    }
    return true;
}

/* \A([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\z */
static bool yaml_int_syntax(const char *s, size_t n) {
    if (n > 2 && s[0] == '0' && s[1] == 'o') return all_digits(s + 2, n - 2, 8);
    if (n > 2 && s[0] == '0' && s[1] == 'x') return all_digits(s + 2, n - 2, 16);
    if (n && (s[0] == '-' || s[0] == '+')) s++, n--;
    return all_digits(s, n, 10);
}

/* \A[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z */
static bool yaml_float_syntax(const char *s, size_t n) {
    size_t i = 0;
    if (i < n && (s[i] == '-' || s[i] == '+')) i++;
    size_t d = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++, d++;
    if (i < n && s[i] == '.') {
        i++;
        size_t f = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++, f++;
        if (!d && !f) return false;
    } else if (!d) {
        return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '-' || s[i] == '+')) i++;
        size_t e = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++, e++;
        if (!e) return false;
    }
    return i == n;
}

/* cty.ParseNumberVal: big.ParseFloat(s, 10, 512): [+-] digits with one
 * optional point, an optional decimal (e) or binary (p) exponent; or Inf. */
static Value *parse_number_go(Arena *a, const char *s, size_t n) {
    size_t i = 0;
    bool neg = false;
    if (i < n && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
    if (str_is(s + i, n - i, "Inf") || str_is(s + i, n - i, "inf")) return val_number_double(a, neg ? -INFINITY : INFINITY);
    StrBuf t = {0};
    if (neg) sb_putc(&t, '-');
    size_t digits = 0, mant_start = i;
    bool point = false;
    for (; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9') digits++;
        else if (s[i] == '.' && !point) point = true;
        else break;
    }
    Value *v = NULL;
    if (digits) {
        if (s[mant_start] == '.') sb_putc(&t, '0');
        size_t mlen = i - mant_start;
        if (s[i - 1] == '.') mlen--;
        sb_append(&t, s + mant_start, mlen);
        long long bin_exp = 0;
        bool binary = false, ok = true;
        if (i < n && (s[i] == 'e' || s[i] == 'E' || s[i] == 'p' || s[i] == 'P')) {
            binary = s[i] == 'p' || s[i] == 'P';
            size_t es = ++i;
            if (i < n && (s[i] == '+' || s[i] == '-')) i++;
            size_t ed = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9' && ed < 18) i++, ed++;
            ok = ed > 0 && i == n;
            if (ok && binary) bin_exp = strtoll(arena_strndup(a, s + es, i - es), NULL, 10);
            else if (ok) sb_append(&t, s + es - 1, i - es + 1);
        }
        if (ok && i == n) {
            v = val_number_text(a, t.data, t.len);
            if (v && binary) { /* mantissa x 2^exp, exactly */
                Value *p = val_number_i64(a, 1), *two = val_number_i64(a, 2);
                for (long long e = bin_exp < 0 ? -bin_exp : bin_exp; e; e >>= 1) {
                    if (e & 1) p = num_mul(a, p, two);
                    two = num_mul(a, two, two);
                }
                v = bin_exp < 0 ? num_div(a, v, p) : num_mul(a, v, p);
            }
        }
    }
    sb_free(&t);
    return v;
}

/* strconv.ParseInt(s, 0, 64), then ParseUint: base prefixes 0x, 0o, 0b, 0. */
static Value *parse_int_go(Arena *a, const char *s, size_t n) {
    size_t i = 0;
    bool neg = false, sign = false;
    if (i < n && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-', sign = true;
    int base = 10;
    if (n - i >= 2 && s[i] == '0') {
        char p = (char)(s[i + 1] | 0x20);
        if (p == 'x') base = 16, i += 2;
        else if (p == 'o') base = 8, i += 2;
        else if (p == 'b') base = 2, i += 2;
        else base = 8, i += 1;
    }
    if (!all_digits(s + i, n - i, base)) return NULL;
    unsigned long long v = 0;
    for (; i < n; i++) {
        unsigned d = (unsigned)hex_digit(s[i]);
        if (v > (ULLONG_MAX - d) / (unsigned)base) return NULL;
        v = v * (unsigned)base + d;
    }
    if (sign && v > (neg ? (unsigned long long)INT64_MAX + 1 : (unsigned long long)INT64_MAX)) return NULL;
    const char *text = neg ? arena_printf(a, "-%llu", v) : arena_printf(a, "%llu", v);
    return val_number_text(a, text, strlen(text));
}

/* ---- time.Parse for go-cty-yaml's timestamp layouts ---- */

typedef struct GoTime {
    int year, month, day, hour, min, sec;
    int offset;                  /* seconds east of UTC */
} GoTime;

/* getnum(s, false): one or two digits */
static bool ts_num(const char **s, const char *end, int *out) {
    if (*s >= end || **s < '0' || **s > '9') return false;
    *out = *(*s)++ - '0';
    if (*s < end && **s >= '0' && **s <= '9') *out = *out * 10 + (*(*s)++ - '0');
    return true;
}

static bool ts_lit(const char **s, const char *end, char c) {
    if (*s >= end || **s != c) return false;
    (*s)++;
    return true;
}

static bool leap_year(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

/* layout: 'T' or 't' (date, that separator, time, zone), ' ' (date, spaces,
 * time, no zone) or 0 (date only). */
static bool ts_parse_layout(const char *s, const char *end, char layout, GoTime *t) {
    memset(t, 0, sizeof *t);
    if (end - s < 4) return false;
    for (int i = 0; i < 4; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
        t->year = t->year * 10 + (s[i] - '0');
    }
    s += 4;
    if (!ts_lit(&s, end, '-') || !ts_num(&s, end, &t->month) || !ts_lit(&s, end, '-') || !ts_num(&s, end, &t->day))
        return false;
    if (layout) {
        if (layout == ' ') {
            if (!ts_lit(&s, end, ' ')) return false;
            while (s < end && *s == ' ') s++;
        } else if (!ts_lit(&s, end, layout)) {
            return false;
        }
        if (!ts_num(&s, end, &t->hour) || !ts_lit(&s, end, ':') || !ts_num(&s, end, &t->min) ||
            !ts_lit(&s, end, ':') || !ts_num(&s, end, &t->sec))
            return false;
        if (end - s >= 2 && (*s == '.' || *s == ',') && s[1] >= '0' && s[1] <= '9') {
            s++;
            while (s < end && *s >= '0' && *s <= '9') s++;
        }
        if (layout != ' ') {
            if (s < end && *s == 'Z') {
                s++;
            } else {
                if (end - s < 6 || s[3] != ':' || (s[0] != '+' && s[0] != '-')) return false;
                int hh, mm;
                const char *p = s + 1, *q = s + 4;
                if (!ts_num(&p, s + 3, &hh) || p != s + 3 || !ts_num(&q, s + 6, &mm) || q != s + 6) return false;
                if (hh > 24 || mm > 60) return false;
                t->offset = (hh * 3600 + mm * 60) * (s[0] == '-' ? -1 : 1);
                s += 6;
            }
        }
    }
    if (s != end) return false;
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (t->month < 1 || t->month > 12 || t->hour > 23 || t->min > 59 || t->sec > 59) return false;
    int dim = mdays[t->month - 1] + (t->month == 2 && leap_year(t->year));
    return t->day >= 1 && t->day <= dim;
}

/* parseTimestamp then Format(time.RFC3339); NULL if s is no timestamp. */
static const char *yaml_timestamp(Arena *a, const char *s, size_t n) {
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i != 4 || i == n || s[i] != '-') return NULL;
    static const char layouts[] = {'T', 't', ' ', 0};
    for (size_t k = 0; k < sizeof layouts; k++) {
        GoTime t;
        if (!ts_parse_layout(s, s + n, layouts[k], &t)) continue;
        const char *zone = "Z";
        if (t.offset) {
            int m = (t.offset < 0 ? -t.offset : t.offset) / 60;
            zone = arena_printf(a, "%c%02d:%02d", t.offset < 0 ? '-' : '+', m / 60, m % 60);
        }
        return arena_printf(a, "%04d-%02d-%02dT%02d:%02d:%02d%s", t.year, t.month, t.day, t.hour, t.min, t.sec, zone);
    }
    return NULL;
}

/* the words go-cty-yaml's resolve table maps */
typedef struct YamlWord {
    const char *words;           /* '|'-separated */
    char kind;                   /* 't' true, 'f' false, 'n' null, '+' / '-' infinity */
} YamlWord;

static const YamlWord YAML_WORDS[] = {
    {"y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON", 't'},
    {"n|N|no|No|NO|false|False|FALSE|off|Off|OFF", 'f'},
    {"|~|null|Null|NULL", 'n'},
    {".inf|.Inf|.INF|+.inf|+.Inf|+.INF", '+'},
    {"-.inf|-.Inf|-.INF", '-'},
};

static char yaml_word(const char *s, size_t n) {
    for (size_t i = 0; i < sizeof YAML_WORDS / sizeof YAML_WORDS[0]; i++)
        for (const char *w = YAML_WORDS[i].words;;) {
            size_t len = strcspn(w, "|");
            if (len == n && memcmp(w, s, n) == 0) return YAML_WORDS[i].kind;
            if (!w[len]) break;
            w += len + 1;
        }
    return 0;
}

static Value *yaml_word_value(Arena *a, char kind) {
    switch (kind) {
    case 't': return val_bool(a, true);
    case 'f': return val_bool(a, false);
    case '+': return val_number_double(a, INFINITY);
    case '-': return val_number_double(a, -INFINITY);
    default: return val_null(a, NULL);
    }
}

/* go-cty-yaml's resolveScalar.  NULL with *err on failure; *merge set for
 * the merge key "<<". */
static Value *yaml_resolve(Arena *a, const char *tag, const char *src, size_t n, yaml_scalar_style_t style,
                           bool *merge, const char **err) {
    static const char *const resolvable[] = {"", YAML_TAG("str"), YAML_TAG("bool"), YAML_TAG("int"),
                                             YAML_TAG("float"), YAML_TAG("null"), YAML_TAG("timestamp"),
                                             YAML_TAG("binary")};
    bool known = false;
    for (size_t i = 0; i < sizeof resolvable / sizeof resolvable[0]; i++) known |= strcmp(tag, resolvable[i]) == 0;
    *merge = false;
    if (!known) {
        *err = arena_printf(a, "unsupported tag %s", val_go_quote(a, tag, strlen(tag)));
        return NULL;
    }
    char hint = 'N';
    if (n) {
        unsigned char c = (unsigned char)src[0];
        hint = c == '+' || c == '-' ? 'S' : c >= '0' && c <= '9' ? 'D' : strchr("yYnNtTfFoO~", c) ? 'M' : c == '.' ? '.' : 0;
    }
    bool is_str = strcmp(tag, YAML_TAG("str")) == 0, is_bin = strcmp(tag, YAML_TAG("binary")) == 0;
    if (hint && !is_str && !is_bin) {
        if (style == YAML_SINGLE_QUOTED_SCALAR_STYLE || style == YAML_DOUBLE_QUOTED_SCALAR_STYLE)
            return val_string(a, src, n);
        char w = yaml_word(src, n);
        if (w) return yaml_word_value(a, w);
        if (!*tag && (str_is(src, n, ".nan") || str_is(src, n, ".NaN") || str_is(src, n, ".NAN"))) {
            *err = "floating point NaN is not supported";
            return NULL;
        }
        if (hint == '.') {
            Value *v = parse_number_go(a, src, n);
            if (v) return v;
        } else if (hint == 'D' || hint == 'S') {
            if (!*tag || strcmp(tag, YAML_TAG("timestamp")) == 0) {
                const char *ts = yaml_timestamp(a, src, n);
                if (ts) return val_cstring(a, ts);
            }
            if (yaml_int_syntax(src, n)) tag = YAML_TAG("int");
            else if (yaml_float_syntax(src, n)) tag = YAML_TAG("float");
        }
    }
    if (!*tag && str_is(src, n, "<<")) {
        *merge = true;
        return val_cstring(a, "<<");
    }
    if (is_str || is_bin || !*tag) {
        StrBuf scratch = {0};
        size_t bad;
        bool ok = !is_bin || b64_decode(src, n, &scratch, &bad);
        sb_free(&scratch);
        if (!ok) {
            *err = arena_printf(a, "cannot parse %s as %s: not valid base64", val_go_quote(a, src, n), tag);
            return NULL;
        }
        return val_string(a, src, n);
    }
    Value *v = NULL;
    if (strcmp(tag, YAML_TAG("bool")) == 0) {
        char w = yaml_word(src, n);
        if (w == 't' || w == 'f') v = yaml_word_value(a, w);
    } else if (strcmp(tag, YAML_TAG("int")) == 0 || strcmp(tag, YAML_TAG("float")) == 0) {
        StrBuf plain = {0};
        for (size_t i = 0; i < n; i++)
            if (src[i] != '_') sb_putc(&plain, src[i]);
        const char *p = plain.data ? plain.data : "";
        v = parse_number_go(a, p, plain.len);
        if (!v) v = parse_int_go(a, p, plain.len);
        sb_free(&plain);
    } else if (strcmp(tag, YAML_TAG("timestamp")) == 0) {
        const char *ts = yaml_timestamp(a, src, n);
        if (ts) v = val_cstring(a, ts);
    } else { /* !!null */
        v = val_null(a, NULL);
    }
    if (!v) *err = arena_printf(a, "cannot parse %s as %s", val_go_quote(a, src, n), tag);
    return v;
}

static const char *yd_tag(const yaml_char_t *tag) { return tag ? (const char *)tag : ""; }

static YamlAnchor *yd_anchor(YamlDec *d, const char *name) {
    for (uint32_t i = d->anchors.len; i-- > 0;)
        if (strcmp(d->anchors.data[i].name, name) == 0) return &d->anchors.data[i];
    return NULL;
}

static void yd_begin_anchor(YamlDec *d, const yaml_char_t *anchor) {
    if (!anchor) return;
    YamlAnchor *an = yd_anchor(d, (const char *)anchor);
    if (an) {
        an->pending++;
        return;
    }
    const char *name = arena_strndup(d->a, (const char *)anchor, strlen((const char *)anchor));
    vec_push(&d->anchors, ((YamlAnchor){name, NULL, 1}));
}

static void yd_complete_anchor(YamlDec *d, const yaml_char_t *anchor, Value *v) {
    if (!anchor) return;
    YamlAnchor *an = yd_anchor(d, (const char *)anchor);
    an->pending--;
    an->value = v;
}

static Value *yd_node(YamlDec *d, yaml_event_t *e, int depth);

/* the value of the node whose first event comes next */
static Value *yd_parse(YamlDec *d, int depth) {
    yaml_event_t e;
    if (!yd_next(d, &e)) return NULL;
    Value *v = yd_node(d, &e, depth);
    yaml_event_delete(&e);
    return v;
}

static Value *yd_scalar(YamlDec *d, yaml_event_t *e) {
    const char *tag = yd_tag(e->data.scalar.tag), *src = (const char *)e->data.scalar.value;
    size_t n = e->data.scalar.length;
    yd_begin_anchor(d, e->data.scalar.anchor);
    bool merge;
    const char *err = NULL;
    Value *v = yaml_resolve(d->a, tag, src, n, e->data.scalar.style, &merge, &err);
    if (!v) {
        yd_event_error(d, e, err);
        return NULL;
    }
    /* cty's implied type makes an untagged quoted or block scalar a string */
    if (!*tag && !e->data.scalar.plain_implicit && (v->kind == V_NUMBER || v->kind == V_BOOL))
        v = val_cstring(d->a, v->kind == V_BOOL ? (v->boolean ? "true" : "false") : num_format(d->a, v));
    else if (!*tag && !e->data.scalar.plain_implicit && v->kind == V_NULL)
        v = val_null(d->a, &type_string);
    yd_complete_anchor(d, e->data.scalar.anchor, v);
    return v;
}

static const char *yd_friendly(Arena *a, const Value *v) {
    switch (v->kind) {
    case V_NULL: case V_UNKNOWN: return v->type && v->type->kind != TY_ANY ? type_friendly_name(a, v->type) : "dynamic";
    case V_TUPLE: return "tuple";
    case V_OBJECT: return "object";
    default: return type_friendly_name(a, val_type(a, v));
    }
}

static Value *yd_mapping(YamlDec *d, yaml_event_t *start, int depth) {
    const char *tag = yd_tag(start->data.mapping_start.tag);
    if (*tag && strcmp(tag, YAML_TAG("map")) != 0) {
        yd_event_error(d, start, arena_printf(d->a, "can't interpret mapping as %s", tag));
        return NULL;
    }
    yd_begin_anchor(d, start->data.mapping_start.anchor);
    Vec(const char *) keys = {0};
    Vec(Value *) vals = {0};
    Value *result = NULL;
    for (;;) {
        yaml_event_t e;
        if (!yd_next(d, &e)) break;
        if (e.type == YAML_MAPPING_END_EVENT) {
            yaml_event_delete(&e);
            result = val_object(d->a, keys.data, vals.data, vals.len);
            yd_complete_anchor(d, start->data.mapping_start.anchor, result);
            break;
        }
        bool ok = false;
        if (e.type != YAML_SCALAR_EVENT) {
            yd_event_error(d, &e, "only strings are allowed as mapping keys");
        } else {
            bool merge;
            const char *err = NULL;
            Value *k = yaml_resolve(d->a, yd_tag(e.data.scalar.tag), (const char *)e.data.scalar.value,
                                    e.data.scalar.length, e.data.scalar.style, &merge, &err);
            if (!k) {
                d->err = err;
            } else if (merge) {
                Value *v = yd_parse(d, depth + 1);
                if (v && v->kind != V_OBJECT && v->kind != V_MAP) {
                    yd_event_error(d, &e, arena_printf(d->a, "cannot merge %s into mapping", yd_friendly(d->a, v)));
                } else if (v) {
                    for (uint32_t i = 0; i < v->count; i++) {
                        vec_push(&keys, v->keys[i]);
                        vec_push(&vals, v->items[i]);
                    }
                    ok = true;
                }
            } else if (k->kind == V_NULL) {
                yd_event_error(d, &e, "mapping key cannot be null");
            } else {
                const char *key = k->kind == V_STRING ? k->str
                                  : k->kind == V_BOOL ? (k->boolean ? "true" : "false")
                                                      : num_format(d->a, k);
                Value *v = yd_parse(d, depth + 1);
                if (v) {
                    vec_push(&keys, key);
                    vec_push(&vals, v);
                    ok = true;
                }
            }
        }
        yaml_event_delete(&e);
        if (!ok) break;
    }
    vec_free(&keys);
    vec_free(&vals);
    return result;
}

static Value *yd_sequence(YamlDec *d, yaml_event_t *start, int depth) {
    const char *tag = yd_tag(start->data.sequence_start.tag);
    if (*tag && strcmp(tag, YAML_TAG("seq")) != 0) {
        yd_event_error(d, start, arena_printf(d->a, "can't interpret sequence as %s", tag));
        return NULL;
    }
    yd_begin_anchor(d, start->data.sequence_start.anchor);
    Vec(Value *) items = {0};
    Value *result = NULL;
    for (;;) {
        yaml_event_t e;
        if (!yd_next(d, &e)) break;
        if (e.type == YAML_SEQUENCE_END_EVENT) {
            yaml_event_delete(&e);
            result = val_tuple(d->a, items.data, items.len);
            yd_complete_anchor(d, start->data.sequence_start.anchor, result);
            break;
        }
        Value *v = yd_node(d, &e, depth + 1);
        yaml_event_delete(&e);
        if (!v) break;
        vec_push(&items, v);
    }
    vec_free(&items);
    return result;
}

static Value *yd_node(YamlDec *d, yaml_event_t *e, int depth) {
    if (depth > YAML_MAX_DEPTH) {
        yd_event_error(d, e, "document is nested too deeply");
        return NULL;
    }
    switch (e->type) {
    case YAML_SCALAR_EVENT: return yd_scalar(d, e);
    case YAML_MAPPING_START_EVENT: return yd_mapping(d, e, depth);
    case YAML_SEQUENCE_START_EVENT: return yd_sequence(d, e, depth);
    case YAML_ALIAS_EVENT: {
        const char *name = (const char *)e->data.alias.anchor;
        YamlAnchor *an = yd_anchor(d, name);
        const char *q = val_go_quote(d->a, name, strlen(name));
        if (an && an->pending > 0)
            yd_event_error(d, e, arena_printf(d->a, "cannot refer to anchor %s from inside its own definition", q));
        else if (!an || !an->value)
            yd_event_error(d, e, arena_printf(d->a, "reference to undefined anchor %s", q));
        else
            return an->value;
        return NULL;
    }
    case YAML_DOCUMENT_START_EVENT: yd_event_error(d, e, "only a single document is allowed"); return NULL;
    case YAML_STREAM_END_EVENT: yd_event_error(d, e, "expecting value but found end of stream"); return NULL;
    default:
        yd_event_error(d, e, arena_printf(d->a, "unexpected parser event %s", yd_event_name(e->type)));
        return NULL;
    }
}

/* Expects an event of type want, else reports msg about the one found. */
static bool yd_expect(YamlDec *d, yaml_event_type_t want, const char *msg) {
    yaml_event_t e;
    if (!yd_next(d, &e)) return false;
    bool ok = e.type == want;
    if (!ok && want == YAML_DOCUMENT_END_EVENT)
        yd_event_error(d, &e, e.type == YAML_DOCUMENT_START_EVENT
                                  ? "only a single document is allowed"
                                  : arena_printf(d->a, "unexpected extra content (%s) after value", yd_event_name(e.type)));
    else if (!ok)
        yd_event_error(d, &e, msg);
    if (ok && want == YAML_DOCUMENT_START_EVENT) {
        /* go-yaml accepts only %YAML 1.1 (libyaml takes 1.2 too) */
        const yaml_version_directive_t *vd = e.data.document_start.version_directive;
        if (vd && (vd->major != 1 || vd->minor != 1)) {
            yd_event_error(d, &e, "found incompatible YAML document");
            ok = false;
        }
    }
    yaml_event_delete(&e);
    return ok;
}

Value *fn_yamldecode(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    YamlDec d = {.a = fc->a};
    const char *src = args[0]->len ? arg_str(args[0]) : "\n";
    if (!yaml_parser_initialize(&d.p)) return func_fail(fc, "failed to initialize YAML parser");
    yaml_parser_set_input_string(&d.p, (const unsigned char *)src, args[0]->len ? args[0]->len : 1);
    Value *v = NULL;
    if (yd_expect(&d, YAML_STREAM_START_EVENT, "missing stream start token") &&
        yd_expect(&d, YAML_DOCUMENT_START_EVENT, "missing start of document")) {
        v = yd_parse(&d, 0);
        if (v && !(yd_expect(&d, YAML_DOCUMENT_END_EVENT, NULL) &&
                   yd_expect(&d, YAML_STREAM_END_EVENT, "unexpected extra content after value")))
            v = NULL;
    }
    yaml_parser_delete(&d.p);
    vec_free(&d.anchors);
    if (!v) return func_fail(fc, "%s", d.err ? d.err : "invalid YAML syntax");
    return v;
}

/* ---- yamlencode: go-yaml's emitter, as go-cty-yaml drives it --------------
 *
 * Block style throughout, empty collections as [] and {}, strings double
 * quoted (literal "|" when they hold a newline and the style allows it),
 * numbers, bools and null plain, and "..." after a plain scalar document.
 * The writer keeps the emitter's column / whitespace / indention state so
 * the line folding (at column 80) and indentation come out byte for byte,
 * including go-yaml's quirk that a string starting with a byte order mark
 * has every character escaped. */

enum { YE_BEST_INDENT = 2, YE_BEST_WIDTH = 80 };

typedef enum YeStyle { YE_PLAIN, YE_DOUBLE, YE_LITERAL } YeStyle;

typedef struct YamlOut {
    StrBuf *out;
    int indent;                  /* -1 before the root node */
    Vec(int) indents;
    int column;                  /* characters on the current line */
    bool whitespace;             /* the last thing written was whitespace */
    bool indention;              /* only indentation on this line so far */
    bool open_ended;             /* a plain root scalar: the document needs "..." */
    bool root, mapping_ctx, simple_key; /* where the current node sits */
    bool too_deep;               /* gave up: nested beyond MAX_VALUE_DEPTH */
} YamlOut;

typedef struct YeAnalysis {
    bool multiline, block_plain_allowed, block_allowed;
} YeAnalysis;

static int ye_width(unsigned char c) { return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4; }

static bool ye_is_break(const unsigned char *b, size_t n, size_t i) {
    if (i >= n) return false;
    return b[i] == '\r' || b[i] == '\n' || (b[i] == 0xC2 && i + 1 < n && b[i + 1] == 0x85) ||
           (b[i] == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9));
}

static bool ye_is_space(const unsigned char *b, size_t n, size_t i) { return i < n && b[i] == ' '; }

static bool ye_is_blank(const unsigned char *b, size_t n, size_t i) { return i < n && (b[i] == ' ' || b[i] == '\t'); }

/* go-yaml's is_printable (a 4-byte sequence is never printable) */
static bool ye_is_printable(const unsigned char *b, size_t n, size_t i) {
    unsigned char c = b[i], c1 = i + 1 < n ? b[i + 1] : 0, c2 = i + 2 < n ? b[i + 2] : 0;
    return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c == 0xC2 && c1 >= 0xA0) || (c > 0xC2 && c < 0xED) ||
           (c == 0xED && c1 < 0xA0) || c == 0xEE ||
           (c == 0xEF && !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)));
}

static void ye_put(YamlOut *y, char c) {
    sb_putc(y->out, c);
    y->column++;
}

static void ye_put_break(YamlOut *y) {
    sb_putc(y->out, '\n');
    y->column = 0;
}

/* copies one character of b at *i */
static void ye_write(YamlOut *y, const unsigned char *b, size_t n, size_t *i) {
    size_t w = (size_t)ye_width(b[*i]);
    if (*i + w > n) w = n - *i;
    sb_append(y->out, (const char *)b + *i, w);
    y->column++;
    *i += w;
}

static void ye_write_break(YamlOut *y, const unsigned char *b, size_t n, size_t *i) {
    if (b[*i] == '\n') {
        ye_put_break(y);
        (*i)++;
    } else {
        ye_write(y, b, n, i);
        y->column = 0;
    }
}

static void ye_write_indent(YamlOut *y) {
    int indent = y->indent < 0 ? 0 : y->indent;
    if (!y->indention || y->column > indent || (y->column == indent && !y->whitespace)) ye_put_break(y);
    while (y->column < indent) ye_put(y, ' ');
    y->whitespace = true;
    y->indention = true;
}

static void ye_indicator(YamlOut *y, const char *ind, bool need_whitespace, bool is_whitespace, bool is_indention) {
    if (need_whitespace && !y->whitespace) ye_put(y, ' ');
    for (const char *p = ind; *p; p++) ye_put(y, *p);
    y->whitespace = is_whitespace;
    y->indention = y->indention && is_indention;
    y->open_ended = false;
}

static void ye_increase_indent(YamlOut *y, bool flow, bool indentless) {
    vec_push(&y->indents, y->indent);
    if (y->indent < 0) y->indent = flow ? YE_BEST_INDENT : 0;
    else if (!indentless) y->indent += YE_BEST_INDENT;
}

static void ye_pop_indent(YamlOut *y) { y->indent = y->indents.data[--y->indents.len]; }

/* yaml_emitter_analyze_scalar, the parts block context uses */
static YeAnalysis ye_analyze(const unsigned char *b, size_t n) {
    YeAnalysis r = {false, true, false};
    if (n == 0) return r;
    bool block_ind = false, line_breaks = false, special = false, leading_space = false, leading_break = false,
         trailing_space = false, trailing_break = false, space_break = false, break_space = false,
         prev_space = false, prev_break = false, preceded_by_ws = true;
    if (n >= 3 && ((b[0] == '-' && b[1] == '-' && b[2] == '-') || (b[0] == '.' && b[1] == '.' && b[2] == '.')))
        block_ind = true;
    for (size_t i = 0, w; i < n; i += w) {
        w = (size_t)ye_width(b[i]);
        bool followed_by_ws = i + w >= n || ye_is_blank(b, n, i + w);
        if (i == 0) {
            if (b[i] && strchr("#,[]{}&*!|>'\"%@`", b[i])) block_ind = true;
            else if ((b[i] == '?' || b[i] == ':' || b[i] == '-') && followed_by_ws) block_ind = true;
        } else if ((b[i] == ':' && followed_by_ws) || (b[i] == '#' && preceded_by_ws)) {
            block_ind = true;
        }
        if (!ye_is_printable(b, n, i)) special = true;
        if (ye_is_space(b, n, i)) {
            if (i == 0) leading_space = true;
            if (i + w == n) trailing_space = true;
            if (prev_break) break_space = true;
            prev_space = true;
            prev_break = false;
        } else if (ye_is_break(b, n, i)) {
            line_breaks = true;
            if (i == 0) leading_break = true;
            if (i + w == n) trailing_break = true;
            if (prev_space) space_break = true;
            prev_space = false;
            prev_break = true;
        } else {
            prev_space = prev_break = false;
        }
        preceded_by_ws = ye_is_blank(b, n, i) || ye_is_break(b, n, i) || b[i] == 0;
    }
    r.multiline = line_breaks;
    r.block_allowed = true;
    if (leading_space || leading_break || trailing_space || trailing_break) r.block_plain_allowed = false;
    if (trailing_space) r.block_allowed = false;
    if (break_space) r.block_plain_allowed = false;
    if (space_break || special) r.block_plain_allowed = r.block_allowed = false;
    if (line_breaks || block_ind) r.block_plain_allowed = false;
    return r;
}

static void ye_write_plain(YamlOut *y, const unsigned char *b, size_t n) {
    if (!y->whitespace) ye_put(y, ' ');
    for (size_t i = 0; i < n;) ye_write(y, b, n, &i);
    y->whitespace = false;
    y->indention = false;
    if (y->root) y->open_ended = true;
}

static void ye_write_double(YamlOut *y, const unsigned char *b, size_t n, bool allow_breaks) {
    static const char hexd[] = "0123456789ABCDEF";
    /* go-yaml's is_bom looks at the start of the string, whatever the index */
    bool bom = n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
    bool spaces = false;
    ye_indicator(y, "\"", true, false, false);
    for (size_t i = 0; i < n;) {
        if (bom || !ye_is_printable(b, n, i) || ye_is_break(b, n, i) || b[i] == '"' || b[i] == '\\') {
            size_t w = (size_t)ye_width(b[i]);
            uint32_t v = w == 1 ? b[i] : w == 2 ? b[i] & 0x1Fu : w == 3 ? b[i] & 0x0Fu : b[i] & 0x07u;
            for (size_t k = 1; k < w && i + k < n; k++) v = v << 6 | (b[i + k] & 0x3Fu);
            i += w;
            ye_put(y, '\\');
            const char *named = NULL;
            switch (v) {
            case 0x00: named = "0"; break;
            case 0x07: named = "a"; break;
            case 0x08: named = "b"; break;
            case 0x09: named = "t"; break;
            case 0x0A: named = "n"; break;
            case 0x0B: named = "v"; break;
            case 0x0C: named = "f"; break;
            case 0x0D: named = "r"; break;
            case 0x1B: named = "e"; break;
            case 0x22: named = "\""; break;
            case 0x5C: named = "\\"; break;
            case 0x85: named = "N"; break;
            case 0xA0: named = "_"; break;
            case 0x2028: named = "L"; break;
            case 0x2029: named = "P"; break;
            default: break;
            }
            if (named) {
                ye_put(y, named[0]);
            } else {
                int digits = v <= 0xFF ? 2 : v <= 0xFFFF ? 4 : 8;
                ye_put(y, v <= 0xFF ? 'x' : v <= 0xFFFF ? 'u' : 'U');
                for (int k = (digits - 1) * 4; k >= 0; k -= 4) ye_put(y, hexd[(v >> k) & 15]);
            }
            spaces = false;
        } else if (ye_is_space(b, n, i)) {
            if (allow_breaks && !spaces && y->column > YE_BEST_WIDTH && i > 0 && i < n - 1) {
                ye_write_indent(y);
                if (ye_is_space(b, n, i + 1)) ye_put(y, '\\');
                i++;
            } else {
                ye_write(y, b, n, &i);
            }
            spaces = true;
        } else {
            ye_write(y, b, n, &i);
            spaces = false;
        }
    }
    ye_indicator(y, "\"", false, false, false);
    y->whitespace = false;
    y->indention = false;
}

static void ye_write_literal(YamlOut *y, const unsigned char *b, size_t n) {
    ye_indicator(y, "|", true, false, false);
    if (ye_is_space(b, n, 0) || ye_is_break(b, n, 0)) ye_indicator(y, "2", false, false, false);
    y->open_ended = false;
    const char *chomp = NULL;
    if (n == 0) {
        chomp = "-";
    } else {
        size_t i = n - 1;
        while (i > 0 && (b[i] & 0xC0) == 0x80) i--;
        if (!ye_is_break(b, n, i)) {
            chomp = "-";
        } else if (i == 0) {
            chomp = "+";
        } else {
            i--;
            while (i > 0 && (b[i] & 0xC0) == 0x80) i--;
            if (ye_is_break(b, n, i)) chomp = "+";
        }
    }
    if (chomp) ye_indicator(y, chomp, false, false, false);
    ye_put_break(y);
    y->indention = true;
    y->whitespace = true;
    bool breaks = true;
    for (size_t i = 0; i < n;) {
        if (ye_is_break(b, n, i)) {
            ye_write_break(y, b, n, &i);
            y->indention = true;
            breaks = true;
        } else {
            if (breaks) ye_write_indent(y);
            ye_write(y, b, n, &i);
            y->indention = false;
            breaks = false;
        }
    }
}

/* yaml_emitter_emit_scalar with go-cty-yaml's requested style */
static void ye_scalar(YamlOut *y, const char *text, size_t n, YeStyle style) {
    const unsigned char *b = (const unsigned char *)text;
    YeAnalysis an = ye_analyze(b, n);
    if (y->simple_key && an.multiline) style = YE_DOUBLE;
    if (style == YE_PLAIN && (!an.block_plain_allowed || (n == 0 && y->simple_key))) style = YE_DOUBLE;
    if (style == YE_LITERAL && (!an.block_allowed || y->simple_key)) style = YE_DOUBLE;
    ye_increase_indent(y, true, false);
    if (style == YE_PLAIN) ye_write_plain(y, b, n);
    else if (style == YE_DOUBLE) ye_write_double(y, b, n, !y->simple_key);
    else ye_write_literal(y, b, n);
    ye_pop_indent(y);
}

static void ye_string(YamlOut *y, const char *s, size_t n) {
    ye_scalar(y, s, n, memchr(s, '\n', n) ? YE_LITERAL : YE_DOUBLE);
}

static void ye_node(YamlOut *y, Arena *a, const Value *v, bool root, bool mapping, bool simple_key, int depth);

static void ye_set_ctx(YamlOut *y, bool root, bool mapping, bool simple_key) {
    y->root = root;
    y->mapping_ctx = mapping;
    y->simple_key = simple_key;
}

static void ye_node(YamlOut *y, Arena *a, const Value *v, bool root, bool mapping, bool simple_key, int depth) {
    ye_set_ctx(y, root, mapping, simple_key);
    switch (v->kind) {
    case V_NULL: ye_scalar(y, "null", 4, YE_PLAIN); return;
    case V_BOOL: ye_scalar(y, v->boolean ? "true" : "false", v->boolean ? 4 : 5, YE_PLAIN); return;
    case V_NUMBER: {
        const char *t = num_format(a, v);
        ye_scalar(y, t, strlen(t), YE_PLAIN);
        return;
    }
    case V_STRING: ye_string(y, arg_str(v), v->len); return;
    case V_UNKNOWN: return; /* never reached: the call is unknown then */
    default: break;
    }
    bool seq = v->kind == V_TUPLE || v->kind == V_LIST || v->kind == V_SET;
    if (depth > MAX_VALUE_DEPTH) {
        y->too_deep = true;
        return;
    }
    if (v->count == 0) { /* a flow collection with nothing in it */
        ye_indicator(y, seq ? "[" : "{", true, true, false);
        ye_increase_indent(y, true, false);
        ye_pop_indent(y);
        ye_indicator(y, seq ? "]" : "}", false, false, false);
        return;
    }
    if (seq) {
        ye_increase_indent(y, false, y->mapping_ctx && !y->indention);
        for (uint32_t i = 0; i < v->count; i++) {
            ye_write_indent(y);
            ye_indicator(y, "-", true, false, true);
            ye_node(y, a, v->items[i], false, false, false, depth + 1);
        }
        ye_pop_indent(y);
        return;
    }
    ye_increase_indent(y, false, false);
    for (uint32_t i = 0; i < v->count; i++) {
        const char *k = v->keys[i];
        size_t kn = strlen(k);
        ye_write_indent(y);
        bool simple = kn <= 128 && !ye_analyze((const unsigned char *)k, kn).multiline;
        if (simple) {
            ye_set_ctx(y, false, true, true);
            ye_string(y, k, kn);
            ye_indicator(y, ":", false, false, false);
        } else {
            ye_indicator(y, "?", true, false, true);
            ye_set_ctx(y, false, true, false);
            ye_string(y, k, kn);
            ye_write_indent(y);
            ye_indicator(y, ":", true, false, true);
        }
        ye_node(y, a, v->items[i], false, true, false, depth + 1);
    }
    ye_pop_indent(y);
}

Value *fn_yamlencode(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    StrBuf out = {0};
    YamlOut y = {.out = &out, .indent = -1, .whitespace = true, .indention = true};
    ye_node(&y, fc->a, args[0], true, false, false, 0);
    ye_write_indent(&y); /* document end */
    if (y.open_ended) {
        ye_indicator(&y, "...", true, false, false);
        ye_write_indent(&y);
    }
    vec_free(&y.indents);
    if (y.too_deep) {
        sb_free(&out);
        return func_fail(fc, "value is nested too deeply");
    }
    return val_mark(fc->a, sb_value(fc, &out), deep_sensitive(args[0], 0));
}
