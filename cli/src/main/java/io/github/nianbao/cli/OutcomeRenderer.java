package io.github.nianbao.cli;

/**
 * One output format of {@code validate}: what comes before the reports, each report's bytes and
 * what comes after. {@link #render} runs on worker threads and must be thread-safe; the rest runs
 * on the thread that writes. Adding a format is adding an implementation and a
 * {@link ValidateCommand.Format} constant.
 */
interface OutcomeRenderer {

    /**
     * What comes before the first report: a header row, the page's head. When
     * {@link #summaryFirst()} holds, it is written after every report has been rendered and
     * receives the run's counts; otherwise it is written first and receives null.
     *
     * @param tally the counts of the run, or null
     * @return UTF-8 bytes
     */
    byte[] head(Tally tally);

    /**
     * One report.
     *
     * @param outcome the report's verdict and findings, or the problems of an unreadable input
     * @return UTF-8 bytes
     */
    byte[] render(Outcome outcome);

    /**
     * What comes after the last report: the summary, the end of the page.
     *
     * @param tally the counts of the run
     * @return UTF-8 bytes
     */
    byte[] tail(Tally tally);

    /**
     * Whether the summary comes before the reports. The reports are then kept in a temporary file
     * until the counts are known, so that memory stays bounded.
     *
     * @return whether {@link #head} needs the counts
     */
    default boolean summaryFirst() {
        return false;
    }
}
