package dev.careermentor.core.moderation;

import java.io.IOException;
import java.util.List;

/** "Outdated?" reports, kept across restarts and bounded: the newest are kept, the oldest age out. */
public interface ReportLog {

    /** Records a report durably; throws if it could not be. */
    void add(Report report) throws IOException;

    /** The newest {@code n} reports, newest first (empty if they cannot be read now). */
    List<Report> latest(int n);

    /** How many reports are kept. */
    int size();
}
