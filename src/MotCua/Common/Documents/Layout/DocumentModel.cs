namespace MotCua.Common.Documents.Layout;

/// <summary>
/// A small document model shared by the PDF renderer and the HTML partial: a flow of blocks on pages of one size.
/// Text is plain Unicode; renderers normalise it to NFC.
/// </summary>
/// <param name="Title">Document title (PDF metadata, HTML heading for screen readers).</param>
/// <param name="Page">Page size and margins.</param>
/// <param name="Blocks">Content, top to bottom.</param>
/// <param name="PageNumberFormat">Footer such as "Trang {0}/{1}"; null prints no page numbers.</param>
internal sealed record DocumentModel(string Title, PageFormat Page, IReadOnlyList<Block> Blocks, string? PageNumberFormat = null);

/// <summary>A page size and its margins in points.</summary>
internal sealed record PageFormat(string Name, double Width, double Height, double MarginTop, double MarginRight, double MarginBottom, double MarginLeft)
{
    private const double Mm = 72 / 25.4;

    /// <summary>A5 portrait, 148 × 210 mm (TT 01/2018 Art 9: forms 01–05).</summary>
    public static PageFormat A5 { get; } = new("A5", 148 * Mm, 210 * Mm, 10 * Mm, 12 * Mm, 10 * Mm, 18 * Mm);

    /// <summary>A4 portrait, 210 × 297 mm.</summary>
    public static PageFormat A4 { get; } = new("A4", 210 * Mm, 297 * Mm, 15 * Mm, 15 * Mm, 15 * Mm, 25 * Mm);

    /// <summary>A4 landscape, for the ledger's fourteen columns.</summary>
    public static PageFormat A4Landscape { get; } = new("A4 landscape", 297 * Mm, 210 * Mm, 15 * Mm, 12 * Mm, 12 * Mm, 15 * Mm);

    public double ContentWidth => Width - MarginLeft - MarginRight;
}

/// <summary>Horizontal alignment of a paragraph or cell.</summary>
internal enum TextAlign
{
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>
/// A piece of text in one style. <see cref="Dots"/> runs are blanks filled in by hand: a dotted line of
/// <see cref="DotsWidth"/> points, or to the end of the line when null.
/// </summary>
internal sealed record Run(string Text, bool Bold = false, bool Italic = false, double? Size = null, bool Dots = false, double? DotsWidth = null)
{
    public static Run B(string text) => new(text, Bold: true);

    public static Run I(string text) => new(text, Italic: true);

    /// <summary>A blank to fill in by hand; null width = to the end of the line.</summary>
    public static Run Blank(double? width = null) => new("", Dots: true, DotsWidth: width);

    public static implicit operator Run(string text) => new(text);
}

/// <summary>A block of the flow.</summary>
internal abstract record Block;

/// <summary>Wrapped text.</summary>
internal sealed record Paragraph(IReadOnlyList<Run> Runs, TextAlign Align = TextAlign.Left, double Size = 11, double SpaceBefore = 0, double SpaceAfter = 2, double Indent = 0) : Block
{
    public Paragraph(params Run[] runs)
        : this((IReadOnlyList<Run>)runs)
    {
    }
}

/// <summary>A horizontal line; <paramref name="Width"/> is a fraction of the available width, centred by <paramref name="Align"/>.</summary>
internal sealed record Rule(double Width = 1, double Thickness = 0.6, TextAlign Align = TextAlign.Center, double SpaceAfter = 4) : Block;

/// <summary>Vertical space.</summary>
internal sealed record Spacer(double Height) : Block;

/// <summary>Side-by-side columns (form headers, signature blocks); kept on one page.</summary>
internal sealed record Columns(IReadOnlyList<Column> Items) : Block
{
    public Columns(params Column[] items)
        : this((IReadOnlyList<Column>)items)
    {
    }
}

/// <summary>
/// Blocks kept on one page, moved together to the next page when they do not fit (e.g. a signature block with the lines
/// before it, so that it never stands alone at the top of a page); blocks taller than a page flow as usual.
/// </summary>
internal sealed record KeepTogether(IReadOnlyList<Block> Blocks) : Block
{
    public KeepTogether(params Block[] blocks)
        : this((IReadOnlyList<Block>)blocks)
    {
    }
}

/// <summary>A column taking <paramref name="Fraction"/> of the width.</summary>
internal sealed record Column(double Fraction, IReadOnlyList<Block> Blocks)
{
    public Column(double fraction, params Block[] blocks)
        : this(fraction, (IReadOnlyList<Block>)blocks)
    {
    }
}

/// <summary>
/// A bordered table; <paramref name="Widths"/> are fractions of the available width. Header rows are repeated on every
/// page the table continues on.
/// </summary>
internal sealed record Table(IReadOnlyList<double> Widths, IReadOnlyList<TableRow> HeaderRows, IReadOnlyList<TableRow> Rows, double Size = 10, double SpaceAfter = 4) : Block;

/// <summary>One table row.</summary>
internal sealed record TableRow(IReadOnlyList<Cell> Cells)
{
    public TableRow(params Cell[] cells)
        : this((IReadOnlyList<Cell>)cells)
    {
    }
}

/// <summary>One cell: paragraphs of runs (each list of runs is a line-broken paragraph).</summary>
internal sealed record Cell(IReadOnlyList<IReadOnlyList<Run>> Lines, TextAlign Align = TextAlign.Left)
{
    public Cell(string text, TextAlign align = TextAlign.Left, bool bold = false)
        : this([[new Run(text, Bold: bold)]], align)
    {
    }

    public Cell(TextAlign align, params Run[] runs)
        : this([runs], align)
    {
    }
}

/// <summary>A QR code of <paramref name="Content"/>, drawn as vector squares <paramref name="Size"/> points wide.</summary>
internal sealed record QrCode(string Content, double Size, TextAlign Align = TextAlign.Center, string? Caption = null) : Block;
