package org.newskg.model;

/**
 * A half-open character range {@code [begin, end)} into {@link Article#text()}.
 *
 * @param begin first character, inclusive, never negative
 * @param end   last character, exclusive, never before {@code begin}
 */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - begin;
    }

    /** True when {@code other} lies entirely inside this span. */
    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    /** True when the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** The covered characters of {@code text}; throws if the span lies outside it. */
    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
    }
}
