using MotCua.Modules.Reports.ControlReports.Data;

namespace MotCua.Modules.Reports.ControlReports;

/// <summary>
/// The numbered sections of the report, after NĐ 63/2010/NĐ-CP Điều 35 khoản 3 (am. NĐ 48/2013) items a–h and NĐ 20/2008/NĐ-CP
/// Điều 22 (PAKN in the same report), then the proposals: each with its item (a, b, … dd for "đ"), its resource key (whose text starts with the letter), the officer's text field
/// and whether figures are printed above that text (b, c, e).
/// </summary>
internal sealed record ControlReportSection(string Letter, string Key, string Field, Func<ControlReportTexts, string?> Text)
{
    // NĐ 63/2010/NĐ-CP Điều 35 khoản 3 a–h (am. NĐ 48/2013/NĐ-CP) [V]; NĐ 20/2008/NĐ-CP Điều 22: PAKN reported with it.
    public static IReadOnlyList<ControlReportSection> All { get; } =
    [
        new("a", "Section_A", nameof(ControlReportTexts.ImpactAssessment), t => t.ImpactAssessment),
        new("b", "Section_B", nameof(ControlReportTexts.Publication), t => t.Publication),
        new("c", "Section_C", nameof(ControlReportTexts.Handling), t => t.Handling),
        new("d", "Section_D", nameof(ControlReportTexts.Review), t => t.Review),
        new("dd", "Section_Dd", nameof(ControlReportTexts.Difficulties), t => t.Difficulties),
        new("e", "Section_E", nameof(ControlReportTexts.Petitions), t => t.Petitions),
        new("g", "Section_G", nameof(ControlReportTexts.Communication), t => t.Communication),
        new("h", "Section_H", nameof(ControlReportTexts.Other), t => t.Other),
        new("", "Section_Proposals", nameof(ControlReportTexts.Proposals), t => t.Proposals),
    ];

    /// <summary>The figures printed with this section come from live data (b, c, e); the others are the officer's only.</summary>
    public bool HasFigures => Letter is "b" or "c" or "e";
}
