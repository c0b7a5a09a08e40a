package org.keelvm.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's output: a few lines about the machine, then sections of figures as a table with median, min and
 * max columns, notes under them, and finally one {@code RESULT} line per figure for scripts.
 */
final class Report {
    private static final int LABEL_WIDTH = 58;
    private static final int NUMBER_WIDTH = 12;

    private final List<String> context = new ArrayList<>();
    private final List<Object> body = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();

    /** Adds a line about the conditions of the measurement (machine, versions, settings). */
    void context(String line) {
        context.add(line);
    }

    /** Starts a section of the table. */
    void section(String title) {
        body.add(new Section(title));
    }

    /** Adds a figure to the current section. */
    void figure(Figure figure) {
        body.add(figure);
        figures.add(figure);
    }

    /** Adds an explanatory line to the current section. */
    void note(String text) {
        body.add(new Note(text));
    }

    /** The whole report as text. */
    String render() {
        StringBuilder out = new StringBuilder();
        context.forEach(line -> out.append(line).append('\n'));
        for (int i = 0; i < body.size(); i++) {
            Object entry = body.get(i);
            if (entry instanceof Section section) {
                out.append('\n').append(pad(section.title(), LABEL_WIDTH + 2));
                if (hasRepeatedFigure(i + 1)) {
                    out.append(column("median")).append(column("min")).append(column("max"));
                } else {
                    out.append(column("value")).append(column("")).append(column(""));
                }
                out.append("  unit\n");
            } else if (entry instanceof Note note) {
                out.append("    ").append(note.text()).append('\n');
            } else {
                Figure figure = (Figure) entry;
                out.append("  ").append(pad(figure.label(), LABEL_WIDTH));
                Samples samples = figure.samples();
                if (figure.repeated()) {
                    out.append(column(figure.format(samples.median()))).append(column(figure.format(samples.min())))
                            .append(column(figure.format(samples.max())));
                } else {
                    out.append(column(figure.format(samples.median()))).append(column("")).append(column(""));
                }
                out.append("  ").append(figure.unit()).append('\n');
            }
        }
        out.append('\n');
        figures.forEach(figure -> out.append(figure.resultLine()).append('\n'));
        return out.toString();
    }

    /** Whether the section whose entries start at {@code from} has a figure with median, min and max. */
    private boolean hasRepeatedFigure(int from) {
        for (int i = from; i < body.size() && !(body.get(i) instanceof Section); i++) {
            if (body.get(i) instanceof Figure figure && figure.repeated()) {
                return true;
            }
        }
        return false;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    private static String column(String text) {
        return text.length() >= NUMBER_WIDTH ? " " + text : " ".repeat(NUMBER_WIDTH - text.length()) + text;
    }

    /** A section title in the table. */
    private record Section(String title) {
    }

    /** An explanatory line in the table. */
    private record Note(String text) {
    }
}
