package org.iprstudio;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * No text a user can see is written in the code: the messages of exceptions and of the Require
 * guards, and the words of Swing components, are bundle keys (decision 0021). The JDK's own parser
 * reads every source file; a string literal with words in it, passed to one of those calls, must be
 * a key of a messages.properties or be on the short list below with its reason.
 * {@code -Dliterals.root=...} points it at another source tree (to see it fail on one from before).
 */
class UserFacingLiteralsTest {
    private static final Path SOURCES = Path.of(System.getProperty("literals.root", "src/main/java"));
    private static final Path BUNDLES = Path.of("src/main/resources");

    /** Calls whose text arguments reach a user. */
    private static final Set<String> SWING_SETTERS = Set.of("setText", "setToolTipText", "setTitle", "setBorderTitle", "createTitledBorder");
    private static final Set<String> SWING_COMPONENTS = Set.of("JLabel", "JButton", "JMenu", "JMenuItem", "JCheckBox", "JRadioButton",
            "JCheckBoxMenuItem", "JRadioButtonMenuItem", "JToggleButton", "TitledBorder", "JDialog", "JFrame");
    /** Failures that are not named ...Exception. */
    private static final Set<String> OTHER_FAILURES = Set.of("NotSaved", "UnknownTrainee");

    /** Words that look like text but are never shown as a message; each with why. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            // Programming errors: thrown only when the program itself is wrong, never a user's doing; a bug report quotes them.
            Map.entry("every Java has SHA-256", "a JDK guarantee"),
            Map.entry("every Java has SHA-1", "a JDK guarantee"),
            Map.entry("every Java has UTF-8", "a JDK guarantee"),
            Map.entry("No table for ", "a record type the store forgot: a programming error"),
            Map.entry("no display", "the launcher's signal to the command line, which prints its own bundle text"),
            Map.entry("resamples ", "the bootstrap's own arguments, fixed in code"),
            Map.entry("the study record is missing", "SQLite's text inside BadValue/SQLException, turned into a keyed StoreException"),
            Map.entry("corrupt", "an SQL state code"),
            // Names, not words: the same in every language.
            Map.entry("study.json", "a file format's name"),
            Map.entry("export", "the name proposed for a file, not a sentence"),
            Map.entry("IPR Studio", "the program's name"));

    /** A string literal with at least two letters in a row is text; "", ", " or "/" are not. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2}");

    @Test
    void noUserFacingTextIsWrittenInTheCode() throws IOException {
        Set<String> keys = bundleKeys();
        List<String> found = new ArrayList<>();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
                Stream<Path> walk = Files.walk(SOURCES)) {
            List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null, files.getJavaFileObjectsFromPaths(sources));
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : task.parse()) {
                new CallScanner(unit, positions, keys, found).scan(unit, null);
            }
        }
        assertThat(found).as("user-facing text in code; put it in the layer's messages.properties and pass the key").isEmpty();
    }

    private static Set<String> bundleKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> walk = Files.walk(BUNDLES)) {
            for (Path bundle : walk.filter(p -> p.getFileName().toString().equals("messages.properties")).toList()) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                keys.addAll(p.stringPropertyNames());
            }
        }
        return keys;
    }

    private static final class CallScanner extends TreeScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final Set<String> keys;
        private final List<String> found;

        CallScanner(CompilationUnitTree unit, SourcePositions positions, Set<String> keys, List<String> found) {
            this.unit = unit;
            this.positions = positions;
            this.keys = keys;
            this.found = found;
        }

        @Override
        public Void visitNewClass(NewClassTree node, Void unused) {
            String type = simpleName(node.getIdentifier());
            if (type.endsWith("Exception") || type.endsWith("Error") || OTHER_FAILURES.contains(type) || SWING_COMPONENTS.contains(type)) {
                node.getArguments().forEach(this::check);
            }
            return super.visitNewClass(node, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            if (node.getMethodSelect() instanceof MemberSelectTree select) {
                String method = select.getIdentifier().toString();
                String receiver = select.getExpression().toString();
                if (receiver.equals("Require") && method.equals("code")) {
                    check(node.getArguments().get(1)); // the pattern and the example are not text
                } else if (receiver.equals("Require") || SWING_SETTERS.contains(method)
                        || receiver.endsWith("JOptionPane") && method.startsWith("show")) {
                    node.getArguments().forEach(this::check);
                }
            } else if (node.getMethodSelect() instanceof IdentifierTree id && SWING_SETTERS.contains(id.getName().toString())) {
                node.getArguments().forEach(this::check);
            }
            return super.visitMethodInvocation(node, unused);
        }

        private void check(ExpressionTree argument) {
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitLiteral(LiteralTree literal, Void unused) {
                    if (literal.getKind() == Tree.Kind.STRING_LITERAL) {
                        String text = (String) literal.getValue();
                        if (WORDS.matcher(text).find() && !keys.contains(text) && !ALLOWED.containsKey(text)) {
                            long line = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, literal));
                            found.add(SOURCES.relativize(Path.of(unit.getSourceFile().toUri())) + ":" + line + ": \"" + text + "\"");
                        }
                    }
                    return null;
                }
            }.scan(argument, null);
        }

        private static String simpleName(ExpressionTree type) {
            Tree t = type;
            if (t instanceof ParameterizedTypeTree parameterized) {
                t = parameterized.getType();
            }
            if (t instanceof MemberSelectTree select) {
                return select.getIdentifier().toString();
            }
            return t.toString();
        }
    }
}
