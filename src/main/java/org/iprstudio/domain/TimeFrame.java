package org.iprstudio.domain;

/** Whether a comment tells the experience then (in the session) or a reflection now (in the recall). */
public enum TimeFrame {
    THEN, NOW
}
