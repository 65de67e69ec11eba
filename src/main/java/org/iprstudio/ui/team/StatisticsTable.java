package org.iprstudio.ui.team;

import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.iprstudio.analysis.agreement.AgreementReport;
import org.iprstudio.analysis.agreement.AlphaBootstrap;
import org.iprstudio.analysis.agreement.Estimate;
import org.iprstudio.app.team.RoundStatistics;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.ui.Texts;

/** A closed round's agreement, one row per code, over all codes, and per exclusive group; an undefined figure says why, never NaN. */
final class StatisticsTable extends AbstractTableModel {
    private record Row(String variable, AgreementReport report, UserMessage problem) {
    }

    private final String[] columns = {Texts.get("rounds.stat.variable"), Texts.get("rounds.stat.alpha"), Texts.get("rounds.stat.interval"),
            Texts.get("rounds.stat.fleiss"), Texts.get("rounds.stat.cohen"), Texts.get("rounds.stat.percent"), Texts.get("rounds.stat.units")};
    private List<Row> rows = List.of();

    void show(RoundStatistics stats) {
        List<Row> all = new ArrayList<>();
        if (stats != null) {
            stats.perCode().forEach((code, report) -> all.add(new Row(code, report, null)));
            all.add(new Row(Texts.get("rounds.stat.all"), stats.allCodes(), null));
            stats.groups().forEach((group, report) -> all.add(new Row(Texts.get("rounds.stat.group", group), report, null)));
            stats.groupProblems().forEach((group, problem) -> all.add(new Row(Texts.get("rounds.stat.group", group), null, problem)));
        }
        rows = all;
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.length;
    }

    @Override
    public String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        Row r = rows.get(row);
        if (column == 0) {
            return r.variable();
        }
        if (r.report() == null) {
            return column == 1 ? Texts.get("rounds.stat.groupProblem", r.problem()) : "";
        }
        AgreementReport a = r.report();
        return switch (column) {
            case 1 -> number(a.alpha());
            case 2 -> interval(a.alphaInterval());
            case 3 -> number(a.fleiss());
            case 4 -> a.cohen() == null ? Texts.get("rounds.stat.noCohen") : number(a.cohen());
            case 5 -> number(a.percent());
            default -> String.valueOf(a.units());
        };
    }

    static String number(Estimate e) {
        return e.isDefined() ? fixed(e.value()) : Texts.get("rounds.stat.undefined", e.undefinedMessage());
    }

    private static String interval(AlphaBootstrap.Interval ci) {
        return ci.isDefined() ? Texts.get("rounds.stat.intervalValue", fixed(ci.lower()), fixed(ci.upper()))
                : Texts.get("rounds.stat.undefined", ci.undefinedMessage());
    }

    private static String fixed(double value) {
        return org.iprstudio.ui.common.LocalFormats.fixed(value, 3); // decimal comma in Norwegian
    }
}
