using System.Globalization;
using MotCua.Common.Documents.Pdf;

namespace MotCua.Common.Documents.Layout;

/// <summary>Lays a <see cref="DocumentModel"/> out on pages and writes it as PDF.</summary>
internal static class PdfRenderer
{
    private const double CellPadding = 3;
    private const double BorderWidth = 0.5;

    public static byte[] Render(DocumentModel model)
    {
        var document = new PdfDocument(model.Title);
        var flow = new Flow(document, model.Page);
        foreach (var block in model.Blocks)
        {
            flow.Place(block);
        }

        if (model.PageNumberFormat is { } format)
        {
            var font = DocumentFonts.Get(bold: false, italic: false);
            for (var i = 0; i < document.Pages.Count; i++)
            {
                var text = string.Format(CultureInfo.InvariantCulture, format, i + 1, document.Pages.Count);
                var page = document.Pages[i];
                var x = (page.Width - font.Measure(text, 8)) / 2;
                page.Text(font, 8, x, page.Height - (model.Page.MarginBottom / 2), text);
            }
        }

        return document.Save();
    }

    /// <summary>The height a block needs at a width (blocks that never split across pages).</summary>
    private static double Height(Block block, double width) =>
        block switch
        {
            Paragraph p => p.SpaceBefore + LineBreaker.Break(p.Runs, p.Size, width - p.Indent).Sum(l => LineBreaker.LineHeight(l.Size)) + p.SpaceAfter,
            Rule r => r.Thickness + r.SpaceAfter + 4,
            Spacer s => s.Height,
            Columns c => c.Items.Max(col => col.Blocks.Sum(b => Height(b, width * col.Fraction))),
            KeepTogether k => k.Blocks.Sum(b => Height(b, width)),
            Table t => t.HeaderRows.Concat(t.Rows).Sum(r => RowHeight(r, t, width)) + t.SpaceAfter,
            QrCode q => q.Size + (q.Caption is null ? 0 : LineBreaker.LineHeight(7)) + 4,
            _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block."),
        };

    /// <summary>Draws a block at (x, y) with the given width; returns its height.</summary>
    private static double Draw(PdfPage page, Block block, double x, double y, double width)
    {
        switch (block)
        {
            case Paragraph p:
                var top = y + p.SpaceBefore;
                foreach (var line in LineBreaker.Break(p.Runs, p.Size, width - p.Indent))
                {
                    top += DrawLine(page, line, x + p.Indent, top, width - p.Indent, p.Align);
                }

                return top - y + p.SpaceAfter;
            case Rule r:
                var length = width * r.Width;
                var start = r.Align switch { TextAlign.Center => x + ((width - length) / 2), TextAlign.Right => x + width - length, _ => x };
                page.Line(start, y + 3, start + length, y + 3, r.Thickness);
                return r.Thickness + r.SpaceAfter + 4;
            case Spacer s:
                return s.Height;
            case KeepTogether k:
                var kept = 0.0;
                foreach (var inner in k.Blocks)
                {
                    kept += Draw(page, inner, x, y + kept, width);
                }

                return kept;
            case Columns c:
                var left = x;
                var tallest = 0.0;
                foreach (var column in c.Items)
                {
                    var columnWidth = width * column.Fraction;
                    var height = 0.0;
                    foreach (var inner in column.Blocks)
                    {
                        height += Draw(page, inner, left, y + height, columnWidth);
                    }

                    tallest = Math.Max(tallest, height);
                    left += columnWidth;
                }

                return tallest;
            case QrCode q:
                var matrix = QrMatrix.Create(q.Content);
                var module = q.Size / matrix.GetLength(0);
                var qx = q.Align switch { TextAlign.Center => x + ((width - q.Size) / 2), TextAlign.Right => x + width - q.Size, _ => x };
                for (var row = 0; row < matrix.GetLength(0); row++)
                {
                    for (var col = 0; col < matrix.GetLength(1); col++)
                    {
                        if (matrix[row, col])
                        {
                            page.FillRectangle(qx + (col * module), y + (row * module), module + 0.01, module + 0.01);
                        }
                    }
                }

                var captionHeight = 0.0;
                if (q.Caption is { } caption)
                {
                    var captionLine = LineBreaker.Break([new Run(caption, Italic: true, Size: 7)], 7, width)[0];
                    captionHeight = DrawLine(page, captionLine, x, y + q.Size, width, q.Align);
                }

                return q.Size + captionHeight + 4;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block.");
        }
    }

    /// <summary>Draws one line with its top at <paramref name="top"/>; returns the line height.</summary>
    private static double DrawLine(PdfPage page, Line line, double x, double top, double width, TextAlign align)
    {
        var height = LineBreaker.LineHeight(line.Size);
        var baseline = top + (line.Size * 1.0);
        var slack = width - line.Width;
        var gaps = line.Fragments.Count(f => f.Gap > 0);
        var stretch = align == TextAlign.Justify && !line.Last && gaps > 0 ? slack / gaps : 0;
        var cursor = align switch
        {
            TextAlign.Center => x + (slack / 2),
            TextAlign.Right => x + slack,
            _ => x,
        };
        foreach (var fragment in line.Fragments)
        {
            cursor += fragment.Gap + (fragment.Gap > 0 ? stretch : 0);
            if (fragment.Dots)
            {
                page.Line(cursor + 1, baseline, cursor + fragment.Width - 1, baseline, 0.7, dotted: true);
            }
            else
            {
                page.Text(fragment.Font, fragment.Size, cursor, baseline, fragment.Text);
            }

            cursor += fragment.Width;
        }

        return height;
    }

    private static IReadOnlyList<IReadOnlyList<Line>> CellLines(TableRow row, Table table, double width) =>
        row.Cells.Select((cell, i) => (IReadOnlyList<Line>)cell.Lines
            .SelectMany(runs => LineBreaker.Break(runs, table.Size, (width * table.Widths[i]) - (2 * CellPadding)))
            .ToList()).ToList();

    private static double RowHeight(TableRow row, Table table, double width) =>
        CellLines(row, table, width).Max(lines => lines.Sum(l => LineBreaker.LineHeight(l.Size))) + (2 * CellPadding);

    private static double DrawRow(PdfPage page, TableRow row, Table table, double x, double y, double width)
    {
        var cells = CellLines(row, table, width);
        var height = cells.Max(lines => lines.Sum(l => LineBreaker.LineHeight(l.Size))) + (2 * CellPadding);
        var left = x;
        page.Line(x, y, x + width, y, BorderWidth);
        page.Line(x, y + height, x + width, y + height, BorderWidth);
        page.Line(x, y, x, y + height, BorderWidth);
        for (var i = 0; i < cells.Count; i++)
        {
            var columnWidth = width * table.Widths[i];
            var top = y + CellPadding;
            foreach (var line in cells[i])
            {
                top += DrawLine(page, line, left + CellPadding, top, columnWidth - (2 * CellPadding), row.Cells[i].Align);
            }

            left += columnWidth;
            page.Line(left, y, left, y + height, BorderWidth);
        }

        return height;
    }

    /// <summary>The cursor of the flow: places blocks top to bottom and starts new pages.</summary>
    private sealed class Flow(PdfDocument document, PageFormat format)
    {
        private PdfPage? _page;
        private double _y;

        private double Bottom => format.Height - format.MarginBottom;

        private double Width => format.ContentWidth;

        public void Place(Block block)
        {
            var page = _page ?? NewPage();
            switch (block)
            {
                case Paragraph p when Height(p, Width) > Bottom - _y:
                    PlaceLines(p);
                    return;
                case Table t:
                    PlaceTable(t);
                    return;
                case KeepTogether k:
                    if (Height(k, Width) > Bottom - _y && _y > format.MarginTop && Height(k, Width) <= Bottom - format.MarginTop)
                    {
                        NewPage();
                    }

                    foreach (var inner in k.Blocks)
                    {
                        Place(inner);
                    }

                    return;
                default:
                    var height = Height(block, Width);
                    if (height > Bottom - _y && _y > format.MarginTop)
                    {
                        page = NewPage();
                    }

                    _y += Draw(page, block, format.MarginLeft, _y, Width);
                    return;
            }
        }

        private void PlaceLines(Paragraph paragraph)
        {
            _y += paragraph.SpaceBefore;
            foreach (var line in LineBreaker.Break(paragraph.Runs, paragraph.Size, Width - paragraph.Indent))
            {
                if (LineBreaker.LineHeight(line.Size) > Bottom - _y)
                {
                    NewPage();
                }

                _y += DrawLine(_page!, line, format.MarginLeft + paragraph.Indent, _y, Width - paragraph.Indent, paragraph.Align);
            }

            _y += paragraph.SpaceAfter;
        }

        private void PlaceTable(Table table)
        {
            var headerHeight = table.HeaderRows.Sum(r => RowHeight(r, table, Width));
            var first = table.Rows.Count > 0 ? RowHeight(table.Rows[0], table, Width) : 0;
            if (headerHeight + first > Bottom - _y && _y > format.MarginTop)
            {
                NewPage();
            }

            DrawHeader();
            foreach (var row in table.Rows)
            {
                if (RowHeight(row, table, Width) > Bottom - _y)
                {
                    NewPage();
                    DrawHeader();
                }

                _y += DrawRow(_page!, row, table, format.MarginLeft, _y, Width);
            }

            _y += table.SpaceAfter;

            void DrawHeader()
            {
                foreach (var header in table.HeaderRows)
                {
                    _y += DrawRow(_page!, header, table, format.MarginLeft, _y, Width);
                }
            }
        }

        private PdfPage NewPage()
        {
            _page = document.AddPage(format.Width, format.Height);
            _y = format.MarginTop;
            return _page;
        }
    }
}
