package org.newskg.cli;

import org.newskg.NewsKgConfig;

/** Maps shared options to configuration fields, one to one. */
final class Options {
    private Options() {
    }

    static NewsKgConfig config(String published, String url) {
        NewsKgConfig c = NewsKgConfig.defaults();
        c = Inputs.date(published).map(c::withPublished).orElse(c);
        return url == null ? c : c.withUrl(url);
    }
}
