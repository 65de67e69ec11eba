package org.iprstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/decisions/0002-layers.md, one rule per concern. */
@AnalyzeClasses(packages = "org.iprstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "uk.co.caprica..", "com.sun.jna..",
                    "java.sql..", "org.sqlite..", "com.fasterxml..", "picocli..", "com.formdev..", "net.miginfocom..")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.iprstudio.analysis..", "org.iprstudio.app..", "org.iprstudio.store..",
                    "org.iprstudio.media..", "org.iprstudio.exchange..", "org.iprstudio.ui..", "org.iprstudio.cli..")
            .because("the study's rules must be testable and reusable without a UI, a player, a database or a file format");

    @ArchTest
    static final ArchRule analysisIsPure = noClasses().that().resideInAPackage("..analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "uk.co.caprica..", "java.sql..",
                    "org.sqlite..", "com.fasterxml..", "org.iprstudio.app..", "org.iprstudio.store..", "org.iprstudio.media..",
                    "org.iprstudio.exchange..", "org.iprstudio.ui..", "org.iprstudio.cli..")
            .because("pairing, matrices and summaries are pure functions of the domain");

    @ArchTest
    static final ArchRule safeFileWritingIsPlainJava = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that().resideInAPackage("org.iprstudio.files..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.iprstudio.files..")
            .because("the store, the formats and the use cases all write their files through it");

    @ArchTest
    static final ArchRule onlyTheSqliteStoreTouchesJdbc = noClasses().that().resideOutsideOfPackage("org.iprstudio.store.sqlite..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the study file's format is one package's business");

    @ArchTest
    static final ArchRule onlyTheVlcAdapterTouchesVlcj = noClasses().that().resideOutsideOfPackage("org.iprstudio.media.vlc..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.co.caprica..", "com.sun.jna..")
            .because("libVLC's threading rules are kept in one place");

    @ArchTest
    static final ArchRule onlyExchangeTouchesJackson = noClasses().that().resideOutsideOfPackage("org.iprstudio.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
            .because("file formats are one package's business");

    @ArchTest
    static final ArchRule swingOnlyInTheUiAndTheVideoSurface = noClasses().that().resideOutsideOfPackages("org.iprstudio.ui..", "org.iprstudio.media.vlc..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "com.formdev..", "net.miginfocom..")
            .because("Swing belongs to the user interface (and the video component libVLC paints into)");

    @ArchTest
    static final ArchRule lowerLayersNeverReachUp = noClasses().that().resideInAnyPackage("org.iprstudio.store..", "org.iprstudio.media..",
                    "org.iprstudio.exchange..", "org.iprstudio.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.iprstudio.ui..", "org.iprstudio.cli..")
            .because("the user interface and the command line sit on top; nothing below knows them");

    @ArchTest
    static final ArchRule appUsesPortsNotAdapters = noClasses().that().resideInAnyPackage("org.iprstudio.app..", "org.iprstudio.ui..", "org.iprstudio.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.iprstudio.store.sqlite..", "org.iprstudio.media.vlc..")
            .because("only the composition root (Main) chooses SQLite and libVLC; the rest sees the ports");

    @ArchTest
    static final ArchRule exchangeDoesNotUseTheApplication = noClasses().that().resideInAPackage("org.iprstudio.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("org.iprstudio.app..", "org.iprstudio.store..", "org.iprstudio.media..")
            .because("formats translate the domain; they do not run use cases");

    @ArchTest
    static final ArchRule noSystemOutOutsideTheCommandLine = noClasses().that().resideOutsideOfPackages("org.iprstudio.cli..")
            .and().doNotHaveFullyQualifiedName("org.iprstudio.Main")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("the program talks to users through the window or the command line, not stray prints");

    /**
     * Blind coding: the coding view learns a moment's or pair's codes only through its model's
     * CodingLens, which shows a coder of an open round their own round codings and nobody else's.
     */
    @ArchTest
    static final ArchRule theCodingViewGetsCodingsThroughTheLens = noClasses().that().resideInAPackage("org.iprstudio.ui.coding..")
            .should().callMethod(org.iprstudio.domain.Study.class, "codingsOf", java.util.UUID.class)
            .because("within an open coding round a coder may see only their own codings: CodingModel.codingsOf is the one path");

    /**
     * Blind coding everywhere in the window: no view reads the study's codings, the code counts or
     * the audit trail (which words each coder's round codes) except through app.team.CodingLens,
     * which leaves out for a coder of an open round what the other coders did in it.
     */
    @ArchTest
    static final ArchRule everyViewGetsCodingsAndHistoryThroughTheLens = noClasses().that().resideInAPackage("org.iprstudio.ui..")
            .should().callMethod(org.iprstudio.domain.Study.class, "codingsOf", java.util.UUID.class)
            .orShould().callMethod(org.iprstudio.domain.Study.class, "codings")
            .orShould().callMethod(org.iprstudio.domain.TeamRecords.class, "audit")
            .because("within an open coding round a coder may not see the other coders' codings in any view, the History included");

    /** The coders' round codings reach the window and the command line only compared (closed rounds) or through the lens. */
    @ArchTest
    static final ArchRule roundCodingsAreReadOnlyBehindTheTeamUseCases = noClasses().that()
            .resideInAnyPackage("org.iprstudio.ui..", "org.iprstudio.cli..", "org.iprstudio.exchange..", "org.iprstudio.analysis..")
            .should().callMethod(org.iprstudio.domain.TeamRecords.class, "roundCodings", java.util.UUID.class)
            .orShould().callMethod(org.iprstudio.domain.TeamRecords.class, "roundCodingsBy", java.util.UUID.class, String.class)
            .orShould().callMethod(org.iprstudio.domain.TeamRecords.class, "roundCoding", java.util.UUID.class)
            .because("while a round is open its codings are blind: app.team (RoundComparison, CodingLens) decides who sees what");

    /**
     * The recall screen reaches study data through its RecallSession and nothing else: not the
     * study or its service, not the setup, not the store, formats or analyses, and not the other
     * windows' packages (ui itself, ui.coding), which all hold the whole study. What it may use
     * besides is listed: the JDK, its layout, the domain's values, the player port and the two
     * ui packages that draw without holding a study (checked by the next rule).
     */
    @ArchTest
    static final ArchRule theRecallScreenSeesOnlyItsOwnPass = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that().resideInAPackage("org.iprstudio.ui.recall..")
            .should().onlyDependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("java..", "javax.swing..",
                            "net.miginfocom..", "org.iprstudio.domain..", "org.iprstudio.media", "org.iprstudio.ui.recall..",
                            "org.iprstudio.ui.common..", "org.iprstudio.ui.timeline..")
                    .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(org.iprstudio.app.RecallSession.class,
                            org.iprstudio.app.RecallInfo.class, org.iprstudio.app.RecallLine.class)))
            .andShould(noDependencyOn(org.iprstudio.domain.Study.class, org.iprstudio.domain.RecallPass.class))
            .because("a participant must never see another perspective: the recall screen reaches the study only through RecallSession");

    /**
     * The session's words can steer what a participant recalls, so the recall screen and what feeds it
     * never reach a transcript, its cues or anything that reads one. The words reach the screen only as
     * RecallLines (times, speaker label, words: nothing of any moment or quote), handed out by the next
     * rule's one class, which gives none unless the study's protocol turns them on (RecallSessionTest).
     */
    @ArchTest
    static final ArchRule theRecallScreenNeverShowsTheTranscript = noClasses().that().resideInAPackage("org.iprstudio.ui.recall..")
            .or().belongToAnyOf(org.iprstudio.app.RecallSession.class, org.iprstudio.app.RecallInfo.class)
            .should().dependOnClassesThat().belongToAnyOf(org.iprstudio.domain.Transcript.class, org.iprstudio.domain.TranscriptCue.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.iprstudio.ui.transcript..", "org.iprstudio.app.transcript..",
                    "org.iprstudio.exchange.subtitles..")
            .because("transcripts are never shown on the recall screen unless the study's protocol turns them on");

    /** Only RecallTranscript, which asks the protocol first, makes the lines the recall screen may show. */
    @ArchTest
    static final ArchRule onlyTheProtocolsGateMakesRecallLines = noClasses().that()
            .doNotHaveFullyQualifiedName("org.iprstudio.app.RecallTranscript").and().doNotBelongToAnyOf(org.iprstudio.app.RecallLine.class)
            .should().callConstructor(org.iprstudio.app.RecallLine.class, org.iprstudio.domain.MediaTime.class, org.iprstudio.domain.MediaTime.class,
                    String.class, String.class)
            .because("the words go to the recall screen only when the study's protocol turns them on");

    /** What ui.recall may draw with (ui.common, ui.timeline) never reaches the study, directly or through anything else. */
    @ArchTest
    static final ArchRule whatTheRecallScreenDrawsWithHoldsNoStudy = noClasses().that()
            .resideInAnyPackage("org.iprstudio.ui.common..", "org.iprstudio.ui.timeline..")
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("org.iprstudio.app..", "org.iprstudio.store..",
                    "org.iprstudio.exchange..", "org.iprstudio.ui.coding..", "org.iprstudio.ui.recall..")
            .orShould().transitivelyDependOnClassesThat().belongToAnyOf(org.iprstudio.domain.Study.class, org.iprstudio.ui.MainWindow.class)
            .because("the recall screen uses these packages; anything they reach, it reaches");

    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass> noDependencyOn(Class<?>... forbidden) {
        return com.tngtech.archunit.lang.conditions.ArchConditions.not(com.tngtech.archunit.lang.conditions.ArchConditions
                .dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(forbidden)));
    }

    @ArchTest
    static final ArchRule theRecallScreenNeverReachesStudySetup = noClasses().that().resideInAPackage("org.iprstudio.ui.recall..")
            .should().dependOnClassesThat().resideInAnyPackage("org.iprstudio.ui.setup..", "org.iprstudio.app.setup..")
            .because("study setup is for researchers only: nothing on the recall screen leads to it");

    @ArchTest
    static final ArchRule theRecallSessionHandsOutNothingBeyondItsPass = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
            .that().areDeclaredIn(org.iprstudio.app.RecallSession.class).and().arePublic()
            .should().haveRawReturnType(org.iprstudio.domain.Study.class)
            .orShould().haveRawReturnType(org.iprstudio.app.StudyService.class)
            .because("the recall screen's only way into the study must not lead to the rest of it");

    /**
     * Supervision: the screen trainee and supervisor share reaches the study through the supervision
     * use cases only (SupervisionRecall, SupervisionSetup), never the study, its service, a recall pass
     * or a research moment, so the client's recall is out of its reach; what it may use besides is listed.
     */
    @ArchTest
    static final ArchRule theSupervisionScreenNeverReachesTheClientsRecall = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that().resideInAPackage("org.iprstudio.ui.supervision..")
            .should().onlyDependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("java..", "javax.swing..",
                            "net.miginfocom..", "org.iprstudio.domain..", "org.iprstudio.media", "org.iprstudio.ui.supervision..",
                            "org.iprstudio.ui.common..", "org.iprstudio.app.supervision..")
                    .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(org.iprstudio.ui.Texts.class)))
            .andShould(noDependencyOn(org.iprstudio.domain.Study.class, org.iprstudio.domain.RecallPass.class, org.iprstudio.domain.Moment.class,
                    org.iprstudio.app.StudyService.class, org.iprstudio.app.RecallSession.class))
            .because("trainee and supervisor never see the client's recall unless the supervisor opens it through SupervisionRecall");

    @ArchTest
    static final ArchRule theSupervisionUseCasesHandOutNoWayIntoTheStudy = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("org.iprstudio.app.supervision..").and().arePublic()
            .should().haveRawReturnType(org.iprstudio.domain.Study.class)
            .orShould().haveRawReturnType(org.iprstudio.app.StudyService.class)
            .orShould().haveRawReturnType(org.iprstudio.domain.Moment.class)
            .orShould().haveRawReturnType(org.iprstudio.domain.RecallPass.class)
            .because("the supervision screen's only way into the study must not lead to the client's recall");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.iprstudio.(*)..").should().beFreeOfCycles()
            .because("cycles make layers meaningless");
}
