package org.iprstudio.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.iprstudio.domain.Study;
import org.iprstudio.store.StudyChange;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/** The study tree is rebuilt after an edit that put or removed what it shows, and only then (not for a coding or a moment). */
class StructureChangesTest {
    @Test
    void sitesParticipantsDyadsSessionsAndPassesTouchTheTreeCodingsMomentsAndThemesDoNot() {
        Study demo = TestStudies.demo();
        assertThat(SetupActions.touchesStructure(new StudyChange.Put(demo.sites().get(0)))).isTrue();
        assertThat(SetupActions.touchesStructure(new StudyChange.Put(demo.participants().get(0)))).isTrue();
        assertThat(SetupActions.touchesStructure(new StudyChange.Delete(demo.dyads().get(0)))).isTrue();
        assertThat(SetupActions.touchesStructure(new StudyChange.Put(demo.sessions().get(0)))).isTrue();
        assertThat(SetupActions.touchesStructure(new StudyChange.Delete(demo.passes().get(0)))).isTrue();
        assertThat(SetupActions.touchesStructure(new StudyChange.Put(demo.codings().get(0)))).isFalse();
        assertThat(SetupActions.touchesStructure(new StudyChange.Put(demo.moments().get(0)))).isFalse();
        assertThat(SetupActions.touchesStructure(new StudyChange.Delete(demo.themes().get(0)))).isFalse();
        assertThat(SetupActions.touchesStructure(new StudyChange.SetHeader(demo.header()))).isFalse();
    }
}
