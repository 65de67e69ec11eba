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
 * a key of a messages.properties or be on the short list below with its reason. In the HTML report
 * (exchange/report) the text passed to {@code Html.text} and {@code Html.element}, and a heading or
 * header cell written as markup ({@code "<h2>Themes</h2>"}), are keys of the report bundle too.
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

    /**
     * The JDK's own exceptions mark the program's own mistakes (a broken invariant, a call the code
     * should never make); a refusal a user can cause is a DomainException or a layer's exception,
     * which carry keys. Their messages are for the developer reading a log.
     */
    private static final Set<String> PROGRAMMING_ERRORS = Set.of("IllegalStateException", "IllegalArgumentException",
            "UnsupportedOperationException", "AssertionError", "UncheckedIOException", "NullPointerException");

    /** Words that look like text but are never shown as a message; each with why. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("the study record is missing", "SQLite-level detail inside an SQLException; the store reports it in a keyed StoreException"),
            Map.entry("corrupt", "an SQL state code"),
            Map.entry("  (ELAN ", "a program's name before a format version"),
            Map.entry("IPR Studio", "the program's name"),
            Map.entry("study.json", "a file format's name"));

    /** A literal with at least two letters in a row, once markup is taken out, is text; "", ", " or "/" are not. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2}");
    /** HTML tags (also cut at either end of a literal) and entities carry no words. */
    private static final Pattern MARKUP = Pattern.compile("<[^<>]*>|<[^<>]*$|^[^<>]*>|&[a-z]+;");
    /** In the report's markup: a heading or header cell opened and followed by words. */
    private static final Pattern HEADING_WITH_WORDS = Pattern.compile("<(h[1-6]|th|caption)\\b[^<>]*>[^<]*[A-Za-z]{2}");
    private static final String REPORT = "org/iprstudio/exchange/report/";

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
            for (Path bundle : walk.filter(p -> p.getFileName().toString().equals("messages.properties")
                    || p.toString().replace('\\', '/').endsWith("exchange/report/report.properties")).toList()) {
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
            if ((type.endsWith("Exception") || type.endsWith("Error") || OTHER_FAILURES.contains(type) || SWING_COMPONENTS.contains(type))
                    && !PROGRAMMING_ERRORS.contains(type)) {
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
                } else if (receiver.equals("Require")) {
                    node.getArguments().stream().skip(1).forEach(this::check); // the first is the value or the condition
                } else if (SWING_SETTERS.contains(method)
                        || receiver.endsWith("JOptionPane") && method.startsWith("show")) {
                    node.getArguments().forEach(this::check);
                }
            } else if (node.getMethodSelect() instanceof IdentifierTree id && SWING_SETTERS.contains(id.getName().toString())) {
                node.getArguments().forEach(this::check);
            }
            if (inReport() && node.getMethodSelect() instanceof MemberSelectTree select) {
                String method = select.getIdentifier().toString();
                if (method.equals("text") && node.getArguments().size() == 1) {
                    check(node.getArguments().get(0));
                } else if (method.equals("element") && node.getArguments().size() == 2) {
                    check(node.getArguments().get(1)); // the first is the tag
                } else if (method.equals("raw") || method.equals("append")) {
                    node.getArguments().forEach(this::checkHeadings);
                }
            }
            return super.visitMethodInvocation(node, unused);
        }

        private boolean inReport() {
            return unit.getSourceFile().toUri().getPath().contains(REPORT);
        }

        /** A heading or header cell with its words written into the report's markup. */
        private void checkHeadings(ExpressionTree argument) {
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitLiteral(LiteralTree literal, Void unused) {
                    if (literal.getKind() == Tree.Kind.STRING_LITERAL && HEADING_WITH_WORDS.matcher((String) literal.getValue()).find()) {
                        long line = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, literal));
                        found.add(SOURCES.toAbsolutePath().relativize(Path.of(unit.getSourceFile().toUri())) + ":" + line + ": \"" + literal.getValue() + "\"");
                    }
                    return null;
                }
            }.scan(argument, null);
        }

        private void check(ExpressionTree argument) {
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                    // Swing's own words, looked up by their UIManager key ("OptionPane.cancelButtonText")
                    if (call.getMethodSelect().toString().endsWith("UIManager.getString")) {
                        return null;
                    }
                    return super.visitMethodInvocation(call, unused);
                }

                @Override
                public Void visitLiteral(LiteralTree literal, Void unused) {
                    if (literal.getKind() == Tree.Kind.STRING_LITERAL) {
                        String text = (String) literal.getValue();
                        if (isText(text) && !ALLOWED.containsKey(text)) {
                            long line = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, literal));
                            found.add(SOURCES.toAbsolutePath().relativize(Path.of(unit.getSourceFile().toUri())) + ":" + line + ": \"" + text + "\"");
                        }
                    }
                    return null;
                }
            }.scan(argument, null);
        }

        /** Words for a reader: not markup, not a bundle key nor the start or end of one ("coding.board." + name, key + "Tip"). */
        private boolean isText(String literal) {
            if (!WORDS.matcher(MARKUP.matcher(literal).replaceAll("")).find() || keys.contains(literal)) {
                return false;
            }
            boolean fragment = !literal.isEmpty() && literal.chars().noneMatch(Character::isWhitespace)
                    && keys.stream().anyMatch(k -> k.startsWith(literal) || k.endsWith(literal));
            return !fragment;
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
