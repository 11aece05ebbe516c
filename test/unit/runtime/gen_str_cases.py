#!/usr/bin/python3
"""Prints CPython's results for the runtime's str operations (pyxc/str.hpp), one case per
line: `op <TAB> arg... <TAB> result`, where result is `v:<value>` or `e:<Exception>:<message>`.
str_test.cpp runs this script with /usr/bin/python3 and replays every case against the C++
runtime. Text fields escape backslash, tab, newline, CR and \\x1e (the list item separator);
floats travel as float.hex(); lists as `<count>:` then items joined by \\x1e.
"""
import random
import struct
import sys

rng = random.Random(20240611)
out = []
INT64 = (-2**63, 2**63 - 1)
INT_OVERFLOW = ("OverflowError", "integer overflow: pyxc ints are 64-bit")


def esc(s):
    return (s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
            .replace("\x1e", "\\e"))


def enc(v):
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return v.hex()
    if isinstance(v, str):
        return esc(v)
    if isinstance(v, list):
        return "%d:" % len(v) + "\x1e".join(esc(x) for x in v)
    if v is None:
        return "None"
    raise TypeError(type(v))


def case(op, args, f):
    try:
        r = f()
        if isinstance(r, int) and not isinstance(r, bool) and not INT64[0] <= r <= INT64[1]:
            res = "e:%s:%s" % INT_OVERFLOW
        else:
            res = "v:" + enc(r)
    except MemoryError:  # a case that asks CPython for gigabytes: name it and stop
        print("MEMORY", op, [repr(a)[:80] for a in args], file=sys.stderr)
        raise
    except Exception as e:  # noqa: BLE001 - CPython's exception is the expectation
        res = "e:%s:%s" % (type(e).__name__, esc(str(e)))
    out.append("\t".join([op] + [enc(a) for a in args] + [res]))


ALPHABET = (list("abcxyzABCXYZ019 _-.,'\"\\") + list("\t\n") + list("éüßÀÿµ") + list("ΩμέγαΣσςΐ") +
            list("ДжЁё") + list("日本語テキスト") + ["😀", "\U0001F600", "\u0301", "\u00a0", "\u2003", "\u3000",
                                                "\u0130", "\u01c5", "\ufb01", "١", "½", "\x85", "\x1c"])


def rand_str(maxlen=12):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, maxlen)))


STRS = ["", "a", "abc", "hello world", "  hello  world  ", "héllo wörld", "Ωμέγα", "ΑΣ ΟΔΟΣ", "ΟΔΟΣ.",
        "Σ", "aΣ", "AΣb", "AΣ'", "A\u0301Σ\u0301", "日本語テキスト", "😀x", "x😀y😀", "straße", "İstanbul",
        "ǅungla", "ǆ", "ﬁne", "a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l\u2000m\u3000n",
        "MiXeD CaSe 123", "123", "١٢٣", "½", "²", "  42  ", "-17", "+5", "1_000", "ǈ", "ß", "ΐ", "ŉ",
        "it's", 'say "hi"', "both ' and \"", "back\\slash", "\x00\x7f\x80\x9f\xad", "a,b,,c", ",", "aaa",
        "abab", "x" * 40 + "é", "é" * 5, "Hello World", "hello World", "HELLO", "hello", "Hello",
        "123abc", "abc123", "  ", "\u2028", "\t\n", "ᾼ", "ﬀ", "ﬃ", "\u0345", "ǰ", "ΰ", "Ǆ", "Title Case Ǆx",
        "they're bill's friends", "3rd", "x" * 300, "aé" * 150, "a\r\nb\rc\n\nd\x0be\x0cf\x1cg\u2028h\u2029i\x85j\r",
        "\n", "\r\n\r\n", "a\tb\tc", "日\t本\té\n\tx", "\t\t", "_id", "id9", "9id", "ид_1", "a-b", "ǅx",
        "ΣΑΣ", "ﬀΣ"]
STRS += [rand_str() for _ in range(150)]
SUBS = ["", "a", "l", "o", "lo", "é", "ö", "wör", "😀", "Σ", "ab", "aa", "x", " ", "  ", ",", "日本",
        "テキスト", "zz", "hello world!", "é" * 2]
INDEX_OPTS = [None, -100, -7, -3, -1, 0, 1, 2, 3, 5, 100]
STEP_OPTS = [None, 1, 2, 3, -1, -2, -3, 0, 2**62, -2**62]


def main():
    for s in STRS:
        n = len(s)
        case("len", [s], lambda: len(s))
        for i in sorted({-n - 2, -n - 1, -n, -1, 0, 1, n - 1, n, n + 1, -2**63, 2**63 - 1}):
            case("getitem", [s, i], lambda: s[i])
        for _ in range(14):
            lo, hi, st = rng.choice(INDEX_OPTS), rng.choice(INDEX_OPTS), rng.choice(STEP_OPTS)
            case("slice", [s, lo, hi, st], lambda: s[lo:hi:st])
        case("slice", [s, None, None, -1], lambda: s[::-1])
        case("chars", [s], lambda: list(s))
        case("split0", [s], lambda: s.split())
        case("rsplit0", [s], lambda: s.rsplit())
        for m in (-1, 0, 1, 2):
            case("splitw", [s, m], lambda: s.split(None, m))
            case("rsplitw", [s, m], lambda: s.rsplit(None, m))
        for sep in rng.sample(SUBS, 6) + [" ", ","]:
            case("split", [s, sep], lambda: s.split(sep))
            case("rsplit", [s, sep], lambda: s.rsplit(sep))
            m = rng.choice([-1, 0, 1, 2])
            case("splitn", [s, sep, m], lambda: s.split(sep, m))
            case("rsplitn", [s, sep, m], lambda: s.rsplit(sep, m))
        for sep in ["", ", ", "é", "-"]:
            items = s.split()
            case("join", [sep, items], lambda: sep.join(items))
        for op in ("strip", "lstrip", "rstrip"):
            case(op, [s], lambda: getattr(s, op)())
            for chars in ["", "a", " h", "héd", "Ω", "😀x", "xyz"]:
                case(op + "c", [s, chars], lambda: getattr(s, op)(chars))
        for _ in range(4):
            old, new = rng.choice(SUBS), rng.choice(["", "-", "ÉÉ", "😀", "xyz"])
            case("replace", [s, old, new], lambda: s.replace(old, new))
            cnt = rng.choice([-1, 0, 1, 2, 5])
            case("replacen", [s, old, new, cnt], lambda: s.replace(old, new, cnt))
        for sub in rng.sample(SUBS, 8) + [s, s[1:3], s[-2:]]:
            for op in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
                case(op, [s, sub], lambda: getattr(s, op)(sub))
                st, en = rng.choice(INDEX_OPTS), rng.choice(INDEX_OPTS)
                case(op + "2", [s, sub, st, en], lambda: getattr(s, op)(sub, st, en))
            case("contains", [s, sub], lambda: sub in s)
        for op in ("upper", "lower", "title", "capitalize", "swapcase", "casefold", "isdigit", "isalpha",
                   "isspace", "isalnum", "isupper", "islower", "isdecimal", "isnumeric", "istitle", "isascii",
                   "isprintable", "isidentifier"):
            case(op, [s], lambda: getattr(s, op)())
        for sep in ["", " ", "é", "l", "ab", s[:2]]:
            case("partition", [s, sep], lambda: list(s.partition(sep)))
            case("rpartition", [s, sep], lambda: list(s.rpartition(sep)))
            case("removeprefix", [s, sep], lambda: s.removeprefix(sep))
            case("removesuffix", [s, sep], lambda: s.removesuffix(sep))
        case("splitlines", [s, False], lambda: s.splitlines())
        case("splitlines", [s, True], lambda: s.splitlines(True))
        for tabsize in (-1, 0, 1, 4, 8):
            case("expandtabs", [s, tabsize], lambda: s.expandtabs(tabsize))
        for p1, p2 in [("a", "h"), ("", "zz"), ("é", "Ω"), ("x", "😀")]:
            case("startswith_t", [s, p1, p2], lambda: s.startswith((p1, p2)))
            case("endswith_t", [s, p1, p2], lambda: s.endswith((p1, p2)))
        for w in (-1, 0, n - 1, n, n + 1, n + 4, n + 7):
            case("zfill", [s, w], lambda: s.zfill(w))
            for fill in (" ", "*", "é", "😀"):
                for op in ("center", "ljust", "rjust"):
                    case(op, [s, w, fill], lambda: getattr(s, op)(w, fill))
        case("center", [s, 5, "ab"], lambda: s.center(5, "ab"))
        case("ljust", [s, 5, ""], lambda: s.ljust(5, ""))
        for k in (-1, 0, 1, 3):
            case("repeat", [s, k], lambda: s * k)
        case("repr", [s], lambda: repr(s))
        case("ord", [s], lambda: ord(s))
        case("to_int", [s], lambda: int(s))
        case("to_float", [s], lambda: float(s))

    # int(s), float(s)
    for t in ["0", "-0", "+0", "007", "0_0", "1_000_000", " \t42\n ", "\u2003 12 \u3000", "١٢٣", "-١٢",
              "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
              "99999999999999999999999", "1__0", "_1", "1_", "+", "-", "", " ", "1 2", "0x10", "1.0", "1e3",
              "++1", "-+1", "\x1c1", "1\x00", "12a", "é" * 250, "9" * 19, "\x8512\x85", "４２"]:
        case("to_int", [t], lambda: int(t))
    for t in ["0x1f", "0X1F", "-0x_1f", "0x__1f", "0x1f_", "0b101", "0o17", "017", "00", "0_0", "0", "z", "Z9",
              " 1_0 ", "0b", "0x", "ff", "-FF", "7fffffffffffffff", "-8000000000000000", "8000000000000000",
              "１f", "10", "012", "0o", "+0b1_1", "_0x1", "0x-1", "١٠"]:
        for base in (0, 2, 8, 10, 16, 36, 1, 37, -1):
            case("to_int_base", [t, base], lambda: int(t, base))
    for t in ["1.5", " -2e10 ", "inf", "-Infinity", "+iNfInItY", "nan", "-NaN", "NAN", "1_000.5", "1__0",
              "1_.5", "1._5", "_1.5", "1.5_", "1e1_0", "1e500", "-1e500", "1e-500", "-1e-500", ".5", "5.",
              ".", "e5", "1e", "1e+", "0x10", "١.٥", "1.5\u2003", "", " ", "infinit", "nana", "-.5e-3",
              "1" * 400, "0." + "0" * 400 + "1", "0e0", "-0.0", "4.9e-324", "2.4703282292062327e-324",
              "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623159e308", "+.e1",
              "1.2.3", "1e5.5", "\x001", "12é", "１.５"]:
        case("to_float", [t], lambda: float(t))
    for _ in range(300):
        x = rand_float()
        for t in (repr(x), "%.17g" % x, "%.25e" % x, "%.3f" % x):
            case("to_float", [t], lambda: float(t))

    # chr, ord
    for i in [-1, 0, 9, 65, 127, 128, 255, 256, 0x3A3, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0x110000, 2**40]:
        case("chr", [i], lambda: chr(i))

    # str()/repr() of scalars
    for i in [0, 1, -1, 42, -2**63, 2**63 - 1, 10**18]:
        case("str_int", [i], lambda: str(i))
    for b in (True, False):
        case("str_bool", [b], lambda: str(b))
    floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 100.0, 1e15, 1e16, 1e17, 1e-4, 1e-5, 123456789012345678.0,
              2.0**53, 2.0**63, 1e22, 1e23, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"),
              float("nan"), 0.3, 2.0 / 3, 1 / 3, 9.999999999999999e15, 9999999999999998.0, 0.0001, 0.00012345,
              123.456, 1e300, 1.5e-300, 2e16 + 8]
    for _ in range(3000):
        floats.append(struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0])
    for _ in range(1000):
        floats.append(rand_float())
    for x in floats:
        case("str_float", [x], lambda: repr(x))
    for re_ in [0.0, -0.0, 1.0, -1.5, 1e20, float("inf"), float("nan")]:
        for im in [0.0, -0.0, 1.0, -2.5, 1e-7, float("inf"), float("-inf"), float("nan")]:
            case("str_complex", [re_, im], lambda: repr(complex(re_, im)))

    # format(x, spec)
    for _ in range(5000):
        x = rng.choice(floats[:40]) if rng.random() < 0.3 else rand_float()
        spec = rand_spec()
        case("fmt_float", [x, spec], lambda: format(x, spec))
    for x in [1234.5678, 0.5, 1.5, 2.5, 1e20, 0.125, -0.0, 1e-7, 123456789.0]:
        for spec in [",.2f", ".0f", "g", ".3g", "#g", "e", ".2e", "%", ".1%", "010.2f", "+,", "_", "z.1f",
                     "-^12", "=+12.3", "n", "", ".0", ".1", ".17", "#.0f", "#.0e", "020,.3f", "0=20_"]:
            case("fmt_float", [x, spec], lambda: format(x, spec))
    ints = [0, 1, -1, 7, 42, -42, 255, -255, 1234567, -1234567, 2**31, 2**63 - 1, -2**63, 65, 0x10FFFF, 0x110000]
    for _ in range(3000):
        i = rng.choice(ints) if rng.random() < 0.4 else rand_int()
        spec = rand_spec(int_types=True)
        case("fmt_int", [i, spec], lambda: format(i, spec))
    zs = [complex(1, 2), complex(-0.0, -1), complex(0, 1), complex(0.0, -0.0), complex(1234.5, -0.001),
          complex(float("inf"), float("nan")), complex(1e20, 1e-20), complex(-2.5, 0)]
    for _ in range(600):
        z = rng.choice(zs) if rng.random() < 0.5 else complex(rand_float(), rand_float())
        spec = rand_spec()
        case("fmt_complex", [z.real, z.imag, spec], lambda: format(z, spec))
    for z in zs:
        for spec in ["", ">30", "^30", "*<30", ".2f", "+.3e", " g", ",.2f", "_", "=20", "020", "%", "n", ".0",
                     "z.1f", "#.0f", "G", "d"]:
            case("fmt_complex", [z.real, z.imag, spec], lambda: format(z, spec))
    for b in (True, False):
        for spec in ["", "d", ">6", "x", "s", ".2f", "^7", "+"]:
            case("fmt_bool", [b, spec], lambda: format(b, spec))
    for _ in range(800):
        s = rng.choice(STRS[:60] + ["", "x", "é"])
        spec = rand_spec(str_types=True)
        case("fmt_str", [s, spec], lambda: format(s, spec))

    # str.format with (int, float, str) arguments
    templates = ["{}", "{} {} {}", "{0}{0}{1}", "{2}{1}{0}", "{:>8}|{:<8}|{:^8}", "{0:05d} {1:.3e} {2!r}",
                 "{!r} {!s} {!a}", "{{}} {{{}}}", "{}}", "{{{", "{", "}", "{0", "{0!}", "{0!x}", "{0!rr}",
                 "{:{}}", "{0:{0}}", "{1:{0}.{0}}", "{}{1}", "{1}{}", "{3}", "{} {} {} {}", "{a}", "{0!} x", "{0!}", "{0!r", "{0:", "{0:{", "{0:{}", "{0[", "{!\u00e9}", "{0!é:}",
                 "{:x}", "{2:x}", "{2:>{0}}", "{:,} {:_.2f} {:*^12}", "a{}b{}c{}d", "{0:{1}}", "{{{0}}}",
                 "{!r:>20}", "{2!a}", "{:=+8}", "{1:%}", "{1:g}", "", "plain", "日本{2}語", "{:}", "{0:}"]
    for _ in range(120):
        i, x, s = rand_int() if rng.random() < 0.5 else rng.randint(0, 20), rand_float(), rng.choice(STRS[:70])
        for t in rng.sample(templates, 6):
            j, y = (i % 30, abs(x) % 20) if ":{" in t or ">{" in t else (i, x)  # nested fields: i, x are specs
            case("format_ifs", [t, j, y, s], lambda: t.format(j, y, s))
    for t in templates:
        case("format_ifs", [t, 5, 2.5, "é"], lambda: t.format(5, 2.5, "é"))

    # printf-style % with (int, float, str) arguments
    ptemplates = ["%d %f %s", "%s %s %s", "%r %r %r", "%a %a %a", "%5d|%-5d|%05d", "%+d %+.2f %s",
                  "% d % f %s", "%x %e %s", "%X %E %s", "%#x %#g %.2s", "%#o %G %10s", "%o %F %-10s|",
                  "%i %.0f %r", "%u %.10e %.1r", "%c %g %c", "%d %d %s", "%d %s", "%d %s %s %s", "%d %q %s",
                  "%", "%d %f %", "%(a)s", "%%d %d %f %s %%", "%*d %f %s", "%ld %Lf %hs", "%s %s",
                  "%-+8d|%+-8.3f|%-8s|", "%08.3f", "%3c %s %s", "%.3d %.0e %.3s", "%#.3o %#.0f %s",
                  "%d %d %d", "%x %x %s", "%.*f %s", "日本%s%d%f", "%20.15g %s %s", "%-020d %s %s"]
    for _ in range(120):
        i, x, s = rand_int() if rng.random() < 0.5 else rng.randint(0, 300), rand_float(), rng.choice(STRS[:70])
        for t in rng.sample(ptemplates, 6):
            j = i % 30 if "*" in t else i  # i is a width there
            case("percent_ifs", [t, j, x, s], lambda: t % (j, x, s))
    for t in ptemplates:
        case("percent_ifs", [t, 65, 2.5, "é"], lambda: t % (65, 2.5, "é"))
        case("percent_ifs", [t, -3, -0.0, "x"], lambda: t % (-3, -0.0, "x"))
    for t in ["%d", "%x", "%c", "%s", "%r", "%f", "%5.1f", "%i", "%o"]:
        for x in [3.9, -3.9, float("inf"), float("nan"), 1e300, 65.0]:
            case("percent_f", [t, x], lambda: t % (x,))
        for s in ["x", "ab", "", "é"]:
            case("percent_s", [t, s], lambda: t % (s,))
        for i in [0, 65, -1, 0x110000, 2**63 - 1]:
            case("percent_i", [t, i], lambda: t % (i,))
        for b in [True, False]:
            case("percent_b", [t, b], lambda: t % (b,))

    # Character properties and case mappings of (a sample of) every code point, in chunks.
    cps = [c for c in range(0x800)] + [c for c in range(0x800, 0x30000, 7) if not 0xD800 <= c < 0xE000]
    cps += [0xE0001, 0xE0100, 0x10FFFD, 0x1E900, 0x1E922, 0x10400, 0x10428, 0x118A0, 0x16E40, 0x1F190]
    for k in range(0, len(cps), 48):
        chunk = "".join(chr(c) for c in cps[k:k + 48])
        case("charprops", [chunk], lambda: "".join("%03x" % props(c) for c in chunk))
        for op in ("upper", "lower", "title", "swapcase", "capitalize", "casefold"):
            case(op, [chunk], lambda: getattr(chunk, op)())
        case("idprops", [chunk], lambda: "".join("%d" % (c.isidentifier() + 2 * ("a" + c).isidentifier())
                                                 for c in chunk))
        case("repr", [chunk], lambda: repr(chunk))
        case("split0", [chunk], lambda: chunk.split())
        case("strip", [chunk], lambda: chunk.strip())

    sys.stdout.buffer.write(("\n".join(out) + "\n").encode("utf-8"))


def props(c):
    bits = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.islower(), c.isupper(),
            c.istitle(), c.isprintable(), c.isalnum()]
    return sum(1 << i for i, b in enumerate(bits) if b)


def rand_float():
    k = rng.random()
    if k < 0.3:
        return rng.uniform(-1000, 1000)
    if k < 0.5:
        return round(rng.uniform(-100, 100), rng.randint(0, 4))
    if k < 0.75:
        return rng.choice([-1, 1]) * 10.0 ** rng.uniform(-320, 308)
    if k < 0.85:
        return float(rng.randint(-10**6, 10**6)) / rng.choice([1, 2, 4, 8, 1000])
    return rng.choice([0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e16, 1e15, 9.5, 0.05, 0.15, 0.25])


def rand_int():
    k = rng.random()
    if k < 0.5:
        return rng.randint(-1000, 1000)
    if k < 0.8:
        return rng.randint(-2**63, 2**63 - 1)
    return rng.randint(-2**31, 2**31)


def rand_spec(int_types=False, str_types=False):
    parts = []
    if rng.random() < 0.35:
        fill = rng.choice(["", "", "*", "0", "é", " ", "😀", "{"])
        parts.append(fill + rng.choice("<>=^"))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.08:
        parts.append("z")
    if rng.random() < 0.15:
        parts.append("#")
    if rng.random() < 0.15:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.choice([1, 3, 5, 8, 10, 12, 15, 20, 25])))
    if rng.random() < 0.2:
        parts.append(rng.choice([",", "_", ",", "_", ",_"]))
    if rng.random() < (0.15 if int_types else 0.6):
        parts.append("." + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 15, 17, 20, 30])))
    if rng.random() < 0.85:
        if int_types:
            types = "dddxXobcn" + "eEfFgG%" + "s"
        elif str_types:
            types = "sssssd"
        else:
            types = "eEfFgGn%%" + "dx"
        parts.append(rng.choice(types))
    return "".join(parts)


if __name__ == "__main__":
    main()
