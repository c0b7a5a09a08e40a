// builder pattern and immutable value classes: fluent chained calls returning this, validation on build, defensive copies, withers, equals/hashCode/toString written by hand.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

public class BuilderAndImmutables {
    static final class Request {
        private final String method, path; private final List<String> headers; private final int timeout; private final boolean retry;
        private Request(Builder b) { method = b.method; path = b.path; headers = Collections.unmodifiableList(new ArrayList<>(b.headers)); timeout = b.timeout; retry = b.retry; }
        Request withTimeout(int t) { return new Builder().method(method).path(path).headers(headers).timeout(t).retry(retry).build(); }
        @Override public boolean equals(Object o) { return o instanceof Request r && r.method.equals(method) && r.path.equals(path) && r.headers.equals(headers) && r.timeout == timeout && r.retry == retry; }
        @Override public int hashCode() { return Objects.hash(method, path, headers, timeout, retry); }
        @Override public String toString() { return method + " " + path + " " + headers + " timeout=" + timeout + (retry ? " retry" : ""); }
        static final class Builder {
            private String method = "GET", path; private final List<String> headers = new ArrayList<>(); private int timeout = 30; private boolean retry;
            Builder method(String m) { method = Objects.requireNonNull(m, "method"); return this; }
            Builder path(String p) { path = p; return this; }
            Builder header(String h) { headers.add(h); return this; }
            Builder headers(List<String> hs) { headers.clear(); headers.addAll(hs); return this; }
            Builder timeout(int t) { if (t <= 0) throw new IllegalArgumentException("timeout must be positive: " + t); timeout = t; return this; }
            Builder retry(boolean r) { retry = r; return this; }
            Request build() { if (path == null || !path.startsWith("/")) throw new IllegalStateException("path must start with '/': " + path); return new Request(this); }
        }
    }

    public static void main(String[] args) {
        Request a = new Request.Builder().path("/api").header("Accept: json").header("X-Id: 1").build();
        Request b = new Request.Builder().method("POST").path("/upload").timeout(120).retry(true).build();
        System.out.println(a + " | " + b);
        Request c = a.withTimeout(5);
        System.out.println(c + " equals a " + c.equals(a) + " equals rebuilt " + c.equals(a.withTimeout(5)) + " hash equal " + (c.hashCode() == a.withTimeout(5).hashCode()) + " hash " + c.hashCode());
        try { a.headers.add("mutate"); } catch (UnsupportedOperationException e) { System.out.println("headers are immutable"); }
        Request.Builder reused = new Request.Builder().path("/x");
        Request r1 = reused.header("h1").build();
        Request r2 = reused.header("h2").build();
        System.out.println(r1 + " | " + r2 + " (defensive copy keeps r1 unchanged)");
        for (Runnable bad : new Runnable[]{() -> new Request.Builder().build(), () -> new Request.Builder().path("nope").build(), () -> new Request.Builder().timeout(0), () -> new Request.Builder().method(null)}) {
            try { bad.run(); } catch (RuntimeException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        }
        java.util.Set<Request> set = new java.util.HashSet<>(List.of(a, b, c, a.withTimeout(30)));
        System.out.println("distinct requests " + set.size());
    }
}
