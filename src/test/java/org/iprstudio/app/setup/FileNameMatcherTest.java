package org.iprstudio.app.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameMatcherTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "D01-S3.mp4|D01|3",
            "d01_s3.mov|D01|3",
            "Dyad 01 session 3.mp4|D01|3",
            "dyad1-sess05.mkv|D01|5",
            "D12_S5.MP4|D12|5",
            "D02-S5.m4a|D02|5",
            "2025-03-04 D07 S3 camera B.mp4|D07|3",
            "dyad 3, ses 10.wav|D03|10",
            "D1S3.mp4|D01|3"})
    void proposesTheDyadAndSessionFromTheName(String name, String dyad, int session) {
        assertThat(FileNameMatcher.match(name)).contains(new FileNameMatcher.Match(dyad, session));
    }

    @ParameterizedTest
    @ValueSource(strings = {"interview.mp4", "session 3.mp4", "D01.mp4", "IMG_2041.MOV", "ads-3.mp4", "D00-S3.mp4", "sd01s3x.mp4"})
    void leavesANameThatMatchesNothingForTheResearcher(String name) {
        assertThat(FileNameMatcher.match(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.mp4", "a.MOV", "a.mkv", "a.m4a", "a.wav", "a.mp3", "a.ogg"})
    void videoAndAudioFilesAreRecordings(String name) {
        assertThat(FileNameMatcher.isRecording(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.txt", "study.json", "a.iprs", "README", "thumbs.db"})
    void otherFilesAreNot(String name) {
        assertThat(FileNameMatcher.isRecording(name)).isFalse();
    }
}
