/* datetime.c - formatdate, timeadd, timecmp, timestamp, plantimestamp.
 *
 * Timestamps are parsed as Go's time.Parse(time.RFC3339, s) does (the
 * permissive layout parser, whose error elements Terraform turns into its
 * messages).  formatdate and timeadd come from cty, which first tries a strict
 * RFC 3339 parser and words some errors differently; timecmp is Terraform's
 * own and uses time.Parse alone.  Durations follow time.ParseDuration. */
#include "funcs_int.h"

#include <stdio.h>
#include <time.h>
#include <utf8proc.h>

/* A parsed timestamp: the wall clock as written and its UTC offset. */
typedef struct Stamp {
    int64_t year;
    int month, day, hour, min, sec;
    int32_t nsec;
    int32_t offset;           /* seconds east of UTC */
} Stamp;

/* Go's time.ParseError, the parts Terraform looks at. */
typedef struct ParseErr {
    const char *layout_elem;  /* "2006", "01", ..., "" */
    const char *value_elem;   /* the rest of the input where parsing stopped */
    const char *message;      /* ": day out of range", or "" */
    char one[2];              /* storage for a one-byte value_elem */
} ParseErr;

/* ---- calendar (proleptic Gregorian, as Go's time package) --------------- */

static bool is_leap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

static int days_in(int month, int64_t year) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 31;
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

/* Days since 1970-01-01 (H. Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, int *m, int *d) {
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

static int64_t floor_div(int64_t a, int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

/* The instant as seconds since the epoch (UTC). */
static int64_t stamp_unix(const Stamp *t) {
    return days_from_civil(t->year, t->month, t->day) * 86400 + t->hour * 3600 + t->min * 60 + t->sec - t->offset;
}

/* The wall clock at unix seconds + nsec, seen at the stamp's offset. */
static void stamp_set_unix(Stamp *t, int64_t unix, int32_t nsec) {
    int64_t local = unix + t->offset;
    int64_t days = floor_div(local, 86400), rem = local - days * 86400;
    civil_from_days(days, &t->year, &t->month, &t->day);
    t->hour = (int)(rem / 3600);
    t->min = (int)(rem / 60 % 60);
    t->sec = (int)(rem % 60);
    t->nsec = nsec;
}

static int stamp_weekday(const Stamp *t) {   /* 0 = Sunday */
    int64_t z = days_from_civil(t->year, t->month, t->day);
    return (int)(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

static const char *const MONTHS[12] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
static const char *const WEEKDAYS[7] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

/* ---- Go's quoting --------------------------------------------------------- */

/* The parsers read C strings: a NUL byte of an argument is read as 0xFF,
 * which no UTF-8 string holds and no field accepts, and quoted as \x00. */
#define NUL_STAND_IN '\xff'

/* strconv.Quote, used by %q: printable runes stay, others are escaped. */
static void go_quote(StrBuf *sb, const char *s, size_t n) {
    sb_putc(sb, '"');
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int len = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (len == 0) {
            sb_printf(sb, "\\x%02x", s[i] == NUL_STAND_IN ? 0 : (unsigned char)s[i]);
            i++;
            continue;
        }
        i += (size_t)len;
        switch (cp) {
        case '"': sb_puts(sb, "\\\""); continue;
        case '\\': sb_puts(sb, "\\\\"); continue;
        case '\a': sb_puts(sb, "\\a"); continue;
        case '\b': sb_puts(sb, "\\b"); continue;
        case '\f': sb_puts(sb, "\\f"); continue;
        case '\n': sb_puts(sb, "\\n"); continue;
        case '\r': sb_puts(sb, "\\r"); continue;
        case '\t': sb_puts(sb, "\\t"); continue;
        case '\v': sb_puts(sb, "\\v"); continue;
        default: break;
        }
        utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
        bool print = cp == ' ' || (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_SO);
        if (print) sb_append(sb, s + i - len, (size_t)len);
        else if (cp < ' ' || cp == 0x7f) sb_printf(sb, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000) sb_printf(sb, "\\u%04x", (unsigned)cp);
        else sb_printf(sb, "\\U%08x", (unsigned)cp);
    }
    sb_putc(sb, '"');
}

/* The time package's own quote (durations): bytes of non-ASCII runes and
 * control characters as \xNN. */
static void time_quote(StrBuf *sb, const char *s, size_t n) {
    sb_putc(sb, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || c < ' ') sb_printf(sb, "\\x%02x", c);
        else {
            if (c == '"' || c == '\\') sb_putc(sb, '\\');
            sb_putc(sb, (char)c);
        }
    }
    sb_putc(sb, '"');
}

/* go_quote or time_quote of s[0..n) as an arena string. */
static const char *quoted(Arena *a, const char *s, size_t n, bool go_strconv) {
    StrBuf sb = {0};
    if (go_strconv) go_quote(&sb, s, n);
    else time_quote(&sb, s, n);
    const char *r = arena_strndup(a, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

/* ---- time.Parse(time.RFC3339, ...) ---------------------------------------------
 * The layout "2006-01-02T15:04:05Z07:00" walked as Go's parse() walks it:
 * for each element a literal to skip, then the value; a range error names
 * what is left after the value, any other error what was there before it. */

static bool digit(char c) { return c >= '0' && c <= '9'; }

/* getnum: one or two digits (exactly two when fixed). */
static bool getnum(const char **s, bool fixed, int *out) {
    const char *p = *s;
    if (!digit(p[0])) return false;
    if (!digit(p[1])) {
        if (fixed) return false;
        *out = p[0] - '0';
        *s = p + 1;
        return true;
    }
    *out = (p[0] - '0') * 10 + (p[1] - '0');
    *s = p + 2;
    return true;
}

static bool fail(ParseErr *e, const char *layout_elem, const char *value_elem, const char *message) {
    e->layout_elem = layout_elem;
    e->value_elem = value_elem;
    e->message = message;
    return false;
}

/* Fraction digits after the separator (n bytes with it): nanoseconds,
 * digits past the ninth ignored. */
static int32_t parse_nanos(const char *s, size_t n) {
    if (n > 10) n = 10;
    int32_t ns = 0;
    for (size_t i = 1; i < n; i++) ns = ns * 10 + (s[i] - '0');
    for (size_t i = n; i < 10; i++) ns *= 10;
    return ns;
}

static bool go_parse(const char *s, Stamp *t, ParseErr *e) {
    memset(t, 0, sizeof *t);
    const char *v = s, *hold = v;
    /* 2006 */
    if (strlen(v) < 4 || !digit(v[0])) return fail(e, "2006", hold, "");
    for (int i = 0; i < 4; i++) {
        if (!digit(v[i])) return fail(e, "2006", hold, "");
        t->year = t->year * 10 + (v[i] - '0');
    }
    v += 4;
    /* -01 */
    if (*v != '-') return fail(e, "-", v, "");
    hold = ++v;
    if (!getnum(&v, true, &t->month)) return fail(e, "01", hold, "");
    if (t->month <= 0 || t->month > 12) return fail(e, "01", v, ": month out of range");
    /* -02: any two digits here, the day is checked at the end */
    if (*v != '-') return fail(e, "-", v, "");
    hold = ++v;
    if (!getnum(&v, true, &t->day)) return fail(e, "02", hold, "");
    /* T15: one or two digits */
    if (*v != 'T') return fail(e, "T", v, "");
    hold = ++v;
    bool ok = getnum(&v, false, &t->hour);
    if (t->hour >= 24) return fail(e, "15", v, ": hour out of range");
    if (!ok) return fail(e, "15", hold, "");
    /* :04 */
    if (*v != ':') return fail(e, ":", v, "");
    hold = ++v;
    ok = getnum(&v, true, &t->min);
    if (t->min >= 60) return fail(e, "04", v, ": minute out of range");
    if (!ok) return fail(e, "04", hold, "");
    /* :05, and a fraction the layout does not mention */
    if (*v != ':') return fail(e, ":", v, "");
    hold = ++v;
    if (!getnum(&v, true, &t->sec)) return fail(e, "05", hold, "");
    if (t->sec >= 60) return fail(e, "05", v, ": second out of range");
    if ((v[0] == '.' || v[0] == ',') && digit(v[1])) {
        size_t n = 2;
        while (digit(v[n])) n++;
        t->nsec = parse_nanos(v, n);
        v += n;
    }
    /* Z07:00: "Z" or sign, hh ":" mm (hours up to 24, minutes up to 60) */
    hold = v;
    if (v[0] == 'Z') {
        v++;
    } else {
        if (strlen(v) < 6 || v[3] != ':') return fail(e, "Z07:00", hold, "");
        const char *hh = v + 1, *mm = v + 4;
        char sign = v[0];
        v += 6;
        int hr = 0, mi = 0;
        ok = getnum(&hh, true, &hr) && getnum(&mm, true, &mi);
        if (mi > 60) return fail(e, "Z07:00", v, ": time zone offset minute out of range");
        if (hr > 24) return fail(e, "Z07:00", v, ": time zone offset hour out of range");
        if (sign != '+' && sign != '-') ok = false;
        if (!ok) return fail(e, "Z07:00", hold, "");
        t->offset = (hr * 60 + mi) * 60 * (sign == '-' ? -1 : 1);
    }
    if (*v) return fail(e, "", v, ": extra text");
    if (t->day < 1 || t->day > days_in(t->month, t->year)) return fail(e, "", v, ": day out of range");
    return true;
}

/* cty's strict parser: exactly "YYYY-MM-DDThh:mm:ss[.f](Z|+hh:mm)" in range. */
static bool strict_parse(const char *s, Stamp *t) {
    size_t n = strlen(s);
    if (n < 19) return false;
    bool ok = true;
    int f[6];
    static const int at[6] = {0, 5, 8, 11, 14, 17}, width[6] = {4, 2, 2, 2, 2, 2};
    for (int i = 0; i < 6; i++) {
        f[i] = 0;
        for (int j = 0; j < width[i]; j++) {
            char c = s[at[i] + j];
            if (!digit(c)) ok = false;
            f[i] = f[i] * 10 + (c - '0');
        }
    }
    if (!ok || f[1] < 1 || f[1] > 12 || f[2] < 1 || f[2] > days_in(f[1], f[0]) || f[3] > 23 || f[4] > 59 ||
        f[5] > 59)
        return false;
    if (s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':') return false;
    memset(t, 0, sizeof *t);
    t->year = f[0], t->month = f[1], t->day = f[2], t->hour = f[3], t->min = f[4], t->sec = f[5];
    const char *v = s + 19;
    if (v[0] == '.' && digit(v[1])) {
        size_t k = 2;
        while (digit(v[k])) k++;
        t->nsec = parse_nanos(v, k);
        v += k;
    }
    if (strcmp(v, "Z") == 0) return true;
    if (strlen(v) != 6 || (v[0] != '+' && v[0] != '-') || v[3] != ':') return false;
    if (!digit(v[1]) || !digit(v[2]) || !digit(v[4]) || !digit(v[5])) return false;
    int hr = (v[1] - '0') * 10 + (v[2] - '0'), mi = (v[4] - '0') * 10 + (v[5] - '0');
    if (hr > 23 || mi > 59) return false;
    t->offset = (hr * 60 + mi) * 60 * (v[0] == '-' ? -1 : 1);
    return true;
}

/* cty's parseStrictRFC3339: the strict parser, else time.Parse for an error,
 * else the cases time.Parse lets through. */
static bool cty_parse(const char *s, Stamp *t, ParseErr *e) {
    if (strict_parse(s, t)) return true;
    if (!go_parse(s, t, e)) return false;
    size_t n = strlen(s);
    if (s[12] == ':') {
        e->one[0] = s[11], e->one[1] = 0;
        return fail(e, "15", e->one, ": hour must have two digits");
    }
    if (s[19] == ',') return fail(e, ".", ",", ": sub-second separator must be a period");
    if (s[n - 1] != 'Z') {
        int hr = (s[n - 5] - '0') * 10 + (s[n - 4] - '0'), mi = (s[n - 2] - '0') * 10 + (s[n - 1] - '0');
        if (hr >= 24) return fail(e, "Z07:00", s + n - 6, ": timezone hour out of range");
        if (mi >= 60) return fail(e, "Z07:00", s + n - 6, ": timezone minute out of range");
        memset(t, 0, sizeof *t);   /* Go returns the zero Time here */
        t->year = 1, t->month = 1, t->day = 1;
        return true;
    }
    return fail(e, "2006-01-02T15:04:05Z07:00", s, "");
}

/* Terraform's (and cty's) words for a ParseError; cty adds the hour and
 * minute special cases. */
static const char *parse_err_text(Arena *a, const ParseErr *e, bool cty) {
    const char *le = e->layout_elem, *ve = e->value_elem;
    if (!*le && !*ve && *e->message) return arena_printf(a, "not a valid RFC3339 timestamp%s", e->message);
    static const struct { const char *elem, *what; } names[] = {
        {"2006", "year"}, {"01", "month"}, {"02", "day of month"}, {"15", "hour"},
        {"04", "minute"}, {"05", "second"}, {"Z07:00", "UTC offset"},
    };
    const char *what = "timestamp segment";
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(le, names[i].elem) == 0) what = names[i].what;
    if (strcmp(le, "T") == 0) return "not a valid RFC3339 timestamp: missing required time introducer 'T'";
    if (strcmp(le, ":") == 0 || strcmp(le, "-") == 0) {
        if (!*ve) return arena_printf(a, "not a valid RFC3339 timestamp: end of string where %s is expected",
                                      quoted(a, le, strlen(le), true));
        return arena_printf(a, "not a valid RFC3339 timestamp: found %s where %s is expected", quoted(a, ve, strlen(ve), true),
                            quoted(a, le, strlen(le), true));
    }
    if (!*ve) return arena_printf(a, "not a valid RFC3339 timestamp: end of string before %s", what);
    if (cty && strcmp(what, "hour") == 0 && strchr(ve, ':'))
        return "not a valid RFC3339 timestamp: hour must be between 0 and 23 inclusive";
    if (cty && strcmp(what, "hour") == 0 && strlen(ve) != 2)
        return "not a valid RFC3339 timestamp: hour must have exactly two digits";
    if (cty && strcmp(what, "minute") == 0 && strlen(ve) != 2)
        return "not a valid RFC3339 timestamp: minute must have exactly two digits";
    return arena_printf(a, "not a valid RFC3339 timestamp: cannot use %s as %s", quoted(a, ve, strlen(ve), true), what);
}

/* Parses a timestamp argument; false with Terraform's message in *err. */
static bool parse_arg(FuncCall *fc, const Value *v, bool cty, Stamp *t, const char **err) {
    ParseErr e = {"", "", "", {0}};
    char *s = arena_strndup(fc->a, arg_str(v), v->len);
    for (uint32_t i = 0; i < v->len; i++)
        if (s[i] == '\0') s[i] = NUL_STAND_IN;
    if ((cty ? cty_parse : go_parse)(s, t, &e)) return true;
    *err = parse_err_text(fc->a, &e, cty);
    return false;
}

/* ---- formatting ------------------------------------------------------------------ */

/* Go's appendInt: sign, then at least width digits. */
static void append_int(StrBuf *sb, int64_t x, int width) {
    uint64_t u = (uint64_t)x;
    if (x < 0) {
        sb_putc(sb, '-');
        u = ~u + 1;
    }
    char digits[24];
    int n = snprintf(digits, sizeof digits, "%ju", (uintmax_t)u);
    for (int i = n; i < width; i++) sb_putc(sb, '0');
    sb_append(sb, digits, (size_t)n);
}

/* The UTC offset as -0700 (colon: -07:00; zulu: "Z" for zero). */
static void append_zone(StrBuf *sb, int32_t offset, bool colon, bool zulu) {
    if (offset == 0 && zulu) {
        sb_putc(sb, 'Z');
        return;
    }
    int32_t zone = offset / 60;
    sb_putc(sb, zone < 0 ? '-' : '+');
    if (zone < 0) zone = -zone;
    append_int(sb, zone / 60, 2);
    if (colon) sb_putc(sb, ':');
    append_int(sb, zone % 60, 2);
}

/* time.Format(time.RFC3339) */
static Value *rfc3339(Arena *a, const Stamp *t) {
    StrBuf sb = {0};
    append_int(&sb, t->year, 4);
    sb_putc(&sb, '-');
    append_int(&sb, t->month, 2);
    sb_putc(&sb, '-');
    append_int(&sb, t->day, 2);
    sb_putc(&sb, 'T');
    append_int(&sb, t->hour, 2);
    sb_putc(&sb, ':');
    append_int(&sb, t->min, 2);
    sb_putc(&sb, ':');
    append_int(&sb, t->sec, 2);
    append_zone(&sb, t->offset, true, true);
    Value *v = val_string_raw(a, sb.data, sb.len);
    sb_free(&sb);
    return v;
}

/* One formatdate verb (a run of one letter); NULL when fine, else the error. */
static const char *format_verb(Arena *a, StrBuf *sb, const Stamp *t, const char *tok, size_t n) {
    const char *q = quoted(a, tok, n, true);
    switch (tok[0]) {
    case 'Y':
        if (n == 2) sb_printf(sb, "%02d", (int)(t->year % 100));
        else if (n == 4) sb_printf(sb, "%04jd", (intmax_t)t->year);
        else return arena_printf(a, "invalid date format verb %s: year must either be \"YY\" or \"YYYY\"", q);
        return NULL;
    case 'M':
        if (n == 1) sb_printf(sb, "%d", t->month);
        else if (n == 2) sb_printf(sb, "%02d", t->month);
        else if (n == 3) sb_append(sb, MONTHS[t->month - 1], 3);
        else if (n == 4) sb_puts(sb, MONTHS[t->month - 1]);
        else return arena_printf(a, "invalid date format verb %s: month must be \"M\", \"MM\", \"MMM\", or \"MMMM\"", q);
        return NULL;
    case 'D':
        if (n == 1) sb_printf(sb, "%d", t->day);
        else if (n == 2) sb_printf(sb, "%02d", t->day);
        else return arena_printf(a, "invalid date format verb %s: day of month must either be \"D\" or \"DD\"", q);
        return NULL;
    case 'E':
        if (n == 3) sb_append(sb, WEEKDAYS[stamp_weekday(t)], 3);
        else if (n == 4) sb_puts(sb, WEEKDAYS[stamp_weekday(t)]);
        else return arena_printf(a, "invalid date format verb %s: day of week must either be \"EEE\" or \"EEEE\"", q);
        return NULL;
    case 'h':
        if (n == 1) sb_printf(sb, "%d", t->hour);
        else if (n == 2) sb_printf(sb, "%02d", t->hour);
        else return arena_printf(a, "invalid date format verb %s: 24-hour must either be \"h\" or \"hh\"", q);
        return NULL;
    case 'H': {
        int h = t->hour % 12 ? t->hour % 12 : 12;
        if (n == 1) sb_printf(sb, "%d", h);
        else if (n == 2) sb_printf(sb, "%02d", h);
        else return arena_printf(a, "invalid date format verb %s: 12-hour must either be \"H\" or \"HH\"", q);
        return NULL;
    }
    case 'A':
    case 'a':
        if (n != 2) return arena_printf(a, "invalid date format verb %s: must be \"%c%c\"", q, tok[0], tok[0]);
        if (tok[0] == 'A') sb_puts(sb, t->hour < 12 ? "AM" : "PM");
        else sb_puts(sb, t->hour < 12 ? "am" : "pm");
        return NULL;
    case 'm':
        if (n == 1) sb_printf(sb, "%d", t->min);
        else if (n == 2) sb_printf(sb, "%02d", t->min);
        else return arena_printf(a, "invalid date format verb %s: minute must either be \"m\" or \"mm\"", q);
        return NULL;
    case 's':
        if (n == 1) sb_printf(sb, "%d", t->sec);
        else if (n == 2) sb_printf(sb, "%02d", t->sec);
        else return arena_printf(a, "invalid date format verb %s: second must either be \"s\" or \"ss\"", q);
        return NULL;
    case 'Z':
        if (n == 1) append_zone(sb, t->offset, true, true);
        else if (n == 3 && t->offset == 0) sb_puts(sb, "UTC");
        else if (n == 3 || n == 4) append_zone(sb, t->offset, false, false);
        else if (n == 5) append_zone(sb, t->offset, true, false);
        else return arena_printf(a, "invalid date format verb %s: timezone must be Z, ZZZZ, or ZZZZZ", q);
        return NULL;
    default:
        return arena_printf(a, "invalid date format verb %s", q);
    }
}

static bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* The next formatdate token at f[i..n): a quoted literal (quotes doubled
 * inside), a run of one letter, or other text (cty's splitDateFormat). */
static size_t next_token(const char *f, size_t i, size_t n) {
    size_t j = i + 1;
    if (f[i] == '\'') {
        if (j < n && f[j] == '\'') return j + 1;
        for (; j < n; j++) {
            if (f[j] != '\'') continue;
            if (j + 1 == n) return n;
            if (f[j + 1] == '\'') {
                j++;
                continue;
            }
            return j + 1;
        }
        return n;
    }
    if (is_letter(f[i])) {
        while (j < n && f[j] == f[i]) j++;
        return j;
    }
    while (j < n && f[j] != '\'' && !is_letter(f[j])) j++;
    return j;
}

Value *fn_formatdate(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    Stamp t;
    const char *err;
    if (!parse_arg(fc, args[1], true, &t, &err)) return func_arg_error(fc, 1, "%s", err);
    const char *f = arg_str(args[0]);
    size_t n = args[0]->len;
    StrBuf sb = {0};
    for (size_t i = 0, end; i < n; i = end) {
        end = next_token(f, i, n);
        const char *tok = f + i;
        size_t len = end - i;
        err = NULL;
        if (tok[0] == '\'') {
            if (len == 1 || tok[len - 1] != '\'') err = "unterminated literal '";
            else if (len == 2) sb_putc(&sb, '\'');
            else
                for (size_t k = 1; k < len - 1; k++) {
                    sb_putc(&sb, tok[k]);
                    if (tok[k] == '\'') k++;
                }
        } else if (is_letter(tok[0])) {
            err = format_verb(fc->a, &sb, &t, tok, len);
        } else {
            sb_append(&sb, tok, len);
        }
        if (err) {
            sb_free(&sb);
            return func_arg_error(fc, 0, "%s", err);
        }
    }
    Value *r = val_string(fc->a, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

/* ---- durations (time.ParseDuration) ---------------------------------------------- */

#define MAX_DUR ((uint64_t)1 << 63)

/* leadingInt: digits as a number, false on overflow past 1<<63. */
static bool leading_int(const char **s, uint64_t *out) {
    uint64_t x = 0;
    const char *p = *s;
    for (; digit(*p); p++) {
        if (x > MAX_DUR / 10) return false;
        x = x * 10 + (uint64_t)(*p - '0');
        if (x > MAX_DUR) return false;
    }
    *out = x;
    *s = p;
    return true;
}

static const struct { const char *name; uint64_t ns; } UNITS[] = {
    {"ns", 1}, {"us", 1000}, {"\xc2\xb5s", 1000}, {"\xce\xbcs", 1000},
    {"ms", 1000000}, {"s", 1000000000}, {"m", 60000000000}, {"h", 3600000000000},
};

/* A duration in nanoseconds; false with Go's error text in *err. */
static bool parse_duration(Arena *a, const char *orig, size_t orig_len, int64_t *out, const char **err) {
    const char *q = quoted(a, orig, orig_len, false);
    const char *s = orig, *end = orig + orig_len;
    bool neg = false;
    if (s < end && (*s == '-' || *s == '+')) neg = *s++ == '-';
    if (end - s == 1 && *s == '0') {
        *out = 0;
        return true;
    }
    if (s == end) {
        *err = arena_printf(a, "time: invalid duration %s", q);
        return false;
    }
    uint64_t d = 0;
    while (s < end) {
        uint64_t v, f = 0;
        double scale = 1;
        if (!(*s == '.' || digit(*s))) goto invalid;
        const char *start = s;
        if (!leading_int(&s, &v)) goto invalid;
        bool pre = s != start, post = false;
        if (s < end && *s == '.') {
            s++;
            const char *fs = s;
            bool overflow = false;
            for (; s < end && digit(*s); s++) {
                if (overflow) continue;
                if (f > (MAX_DUR - 1) / 10) {
                    overflow = true;
                    continue;
                }
                uint64_t y = f * 10 + (uint64_t)(*s - '0');
                if (y > MAX_DUR) {
                    overflow = true;
                    continue;
                }
                f = y;
                scale *= 10;
            }
            post = s != fs;
        }
        if (!pre && !post) goto invalid;
        const char *u = s;
        while (s < end && *s != '.' && !digit(*s)) s++;
        if (s == u) {
            *err = arena_printf(a, "time: missing unit in duration %s", q);
            return false;
        }
        uint64_t unit = 0;
        for (size_t k = 0; k < sizeof UNITS / sizeof UNITS[0]; k++)
            if (strlen(UNITS[k].name) == (size_t)(s - u) && memcmp(UNITS[k].name, u, (size_t)(s - u)) == 0)
                unit = UNITS[k].ns;
        if (!unit) {
            *err = arena_printf(a, "time: unknown unit %s in duration %s", quoted(a, u, (size_t)(s - u), false), q);
            return false;
        }
        if (v > MAX_DUR / unit) goto invalid;
        v *= unit;
        if (f > 0) {
            v += (uint64_t)((double)f * ((double)unit / scale));
            if (v > MAX_DUR) goto invalid;
        }
        d += v;
        if (d > MAX_DUR) goto invalid;
    }
    if (neg) {
        *out = (int64_t)(~d + 1);
        return true;
    }
    if (d > MAX_DUR - 1) goto invalid;
    *out = (int64_t)d;
    return true;
invalid:
    *err = arena_printf(a, "time: invalid duration %s", q);
    return false;
}

/* ---- the functions ---------------------------------------------------------------- */

Value *fn_timeadd(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    Stamp t;
    const char *err;
    int64_t d;
    if (!parse_arg(fc, args[0], true, &t, &err)) return func_fail(fc, "%s", err);
    if (!parse_duration(fc->a, arg_str(args[1]), args[1]->len, &d, &err)) return func_fail(fc, "%s", err);
    int64_t unix = stamp_unix(&t), nsec = t.nsec + d % 1000000000;
    unix += d / 1000000000;
    if (nsec < 0) nsec += 1000000000, unix--;
    if (nsec >= 1000000000) nsec -= 1000000000, unix++;
    stamp_set_unix(&t, unix, (int32_t)nsec);
    return rfc3339(fc->a, &t);
}

Value *fn_timecmp(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)nargs;
    Stamp ta, tb;
    const char *err;
    if (!parse_arg(fc, args[0], false, &ta, &err)) return func_arg_error(fc, 0, "%s", err);
    if (!parse_arg(fc, args[1], false, &tb, &err)) return func_arg_error(fc, 1, "%s", err);
    int64_t ua = stamp_unix(&ta), ub = stamp_unix(&tb);
    int c = ua < ub ? -1 : ua > ub ? 1 : ta.nsec < tb.nsec ? -1 : ta.nsec > tb.nsec ? 1 : 0;
    return val_number_i64(fc->a, c);
}

/* The current time in UTC, as RFC 3339 (impure: funcs.c makes these unknown). */
static Value *now_utc(Arena *a) {
    Stamp t = {0};
    stamp_set_unix(&t, (int64_t)time(NULL), 0);
    return rfc3339(a, &t);
}

Value *fn_timestamp(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args, (void)nargs;
    return now_utc(fc->a);
}

Value *fn_plantimestamp(FuncCall *fc, Value **args, uint32_t nargs) {
    (void)args, (void)nargs;
    return now_utc(fc->a);
}
