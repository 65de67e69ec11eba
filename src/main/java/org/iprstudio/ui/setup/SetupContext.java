package org.iprstudio.ui.setup;

import java.awt.Window;
import java.util.Locale;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.setup.SessionSetup;
import org.iprstudio.app.setup.StudySetup;
import org.iprstudio.app.setup.VideoLinks;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.ui.Texts;

/** What the setup panels share: the open study and its setup use cases, and the window to put dialogs over. */
record SetupContext(Window owner, StudyService service, StudySetup people, SessionSetup sessions, VideoLinks links) {
    Study study() {
        return service.study();
    }

    static String role(Role role) {
        return Texts.get("role." + role.name().toLowerCase(Locale.ROOT));
    }
}
