package org.iprstudio.exchange.report;

/** The report's inline style sheet: system fonts only (nothing fetched), tables that print, page breaks before big sections. */
final class ReportStyle {
    static final String CSS = """
            body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;font-size:13px;color:#111;margin:24px auto;max-width:1100px;padding:0 16px}
            h1{font-size:22px;margin-bottom:4px}h2{font-size:18px;border-bottom:2px solid #374151;padding-bottom:3px;margin-top:28px}
            h3{font-size:14px;margin:16px 0 6px}.meta,.small{color:#444;font-size:12px}.note{background:#fff7e0;border:1px solid #e0c060;padding:6px 10px}
            table{border-collapse:collapse;margin:6px 0}th,td{padding:3px 7px;vertical-align:top;text-align:left}
            .grid th,.grid td{border:1px solid #c9ced6}.grid thead th{background:#eef1f5}.n{text-align:right}.c{text-align:center}
            .facts th{color:#374151;font-weight:600;padding-right:16px}.missing td{background:#fdecec}.total td{font-weight:600;background:#f3f4f6}
            .themes .def{max-width:380px;font-size:12px;color:#333}.depth1 .name,th.depth1{padding-left:22px}.depth2 .name,th.depth2{padding-left:38px}
            .depth0 .name,th.depth0{font-weight:600}.label.general{color:#14532d;font-weight:600}.label.typical{color:#1e40af}.label.variant{color:#6b21a8}
            .label.rare{color:#6b7280}.heat th,.heat td{border:1px solid #fff;padding:4px 10px}.heat thead th{background:#eef1f5}
            .heat td{text-align:center;min-width:70px}.heat td.na{background:#f3f4f6;color:#999}.heat tbody th{font-weight:normal}
            svg.timeline{width:100%;height:auto;border:1px solid #e5e7eb;background:#fff}.session{break-inside:avoid;page-break-inside:avoid}
            .legend{font-size:12px}.dot{display:inline-block;width:10px;height:10px;border-radius:50%;border:1px solid #111;margin:0 3px 0 8px}
            figure.exemplar{display:flex;gap:12px;margin:8px 0 12px;break-inside:avoid;page-break-inside:avoid}
            figure.exemplar img{width:240px;height:auto;border:1px solid #ccc;flex:none}
            blockquote{margin:0 0 4px;font-style:italic;border-left:3px solid #9ca3af;padding-left:8px}figcaption{font-size:12px;color:#444}
            @media print{body{margin:0;max-width:none}.break{break-before:page;page-break-before:always}h2{break-after:avoid}}
            """;

    private ReportStyle() {
    }
}
