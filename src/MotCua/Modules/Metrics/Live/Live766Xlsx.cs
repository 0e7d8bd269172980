using MotCua.Common.Documents.Xlsx;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Scoring766;

namespace MotCua.Modules.Metrics.Live;

/// <summary>The drill-down list as .xlsx: a heading (chỉ số, scope, period, list), then one row per dossier with why it counts.</summary>
internal static class Live766Xlsx
{
    /// <summary>Rows before the table's header: title, scope, period, list.</summary>
    public const int HeadingRows = 5;

    private static readonly double[] Widths = [6, 26, 14, 18, 18, 12, 80];

    private static readonly double[] ProcedureWidths = [6, 14, 60, 12, 80];

    public static byte[] Items(IndicatorDefinition definition, Scope766 scope, ReportPeriod period, ItemSide side, IReadOnlyList<Live766Item> rows)
    {
        var sheet = Heading(definition, scope, period, T(side == ItemSide.Numerator ? "Side_Numerator" : "Side_Denominator") + ": " + rows.Count);
        sheet.Add(new([T("Col_Number"), T("Col_Code"), T("Col_Procedure"), T("Col_Received"), T("Col_Ended"), T("Col_InNumerator"), T("Col_Why")], Bold: true));
        sheet.AddRange(rows.Select((r, i) => new XlsxRow(
        [
            i + 1, r.Code ?? "", r.ProcedureCode, r.ReceivedAt is { } received ? VietnamTime.UtcToLocal(received) : null,
            r.EndedAt is { } ended ? VietnamTime.UtcToLocal(ended) : null, T(r.InNumerator ? "Yes" : "No"), r.Why,
        ])));
        return XlsxWriter.Write([new XlsxSheet(definition.Id.Replace('.', '-'), sheet, Widths)]);
    }

    /// <summary>A catalogue-based chỉ số's procedure list (ADR-062): the same heading, then one row per procedure with why it counts.</summary>
    public static byte[] Procedures(IndicatorDefinition definition, Scope766 scope, ReportPeriod period, string sideLabel, IReadOnlyList<ProcedureItem766> rows)
    {
        var sheet = Heading(definition, scope, period, sideLabel + ": " + rows.Count);
        sheet.Add(new([T("Col_Number"), T("Procedures_Col_Code"), T("Procedures_Col_Name"), T("Procedures_Col_InNumerator"), T("Procedures_Col_Why")], Bold: true));
        sheet.AddRange(rows.Select((r, i) => new XlsxRow([i + 1, r.Code, r.Name, T(r.InNumerator ? "Yes" : "No"), r.Why])));
        return XlsxWriter.Write([new XlsxSheet(definition.Id.Replace('.', '-'), sheet, ProcedureWidths)]);
    }

    /// <summary>The <see cref="HeadingRows"/> rows above a list's header: title, scope, period, the list and its length, a blank.</summary>
    private static List<XlsxRow> Heading(IndicatorDefinition definition, Scope766 scope, ReportPeriod period, string list) =>
    [
        new([T("Xlsx_Title", definition.Id, definition.Name)], Bold: true),
        new([ScopeText(scope)]),
        new([period.Label]),
        new([list]),
        new([]),
    ];

    public static string ProceduresFileName(string indicator, ReportPeriod period, string side) =>
        $"chi-so-766-{indicator.Replace('.', '-')}-thu-tuc-{PeriodPart(period)}-{side}.xlsx";

    public static string FileName(string indicator, ReportPeriod period, ItemSide side) =>
        $"chi-so-766-{indicator.Replace('.', '-')}-{PeriodPart(period)}-{Live766Endpoints.SideName(side)}.xlsx";

    /// <summary>A period in a file name: its key (2026-Q4), or a custom period's first and last day (20261201-20261215).</summary>
    public static string PeriodPart(ReportPeriod period) =>
        period.Kind == PeriodKind.Custom
            ? period.First.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "-" + period.Last.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)
            : period.Key;

    public static string ScopeText(Scope766 scope)
    {
        var text = scope.IsProvince ? T("Scope_Province") : scope.IsLevel ? T("Scope_Level", scope.LevelName ?? scope.LevelCode ?? "") : T("Scope_Agency", scope.AgencyName ?? "");
        if (scope.FieldName is not null)
        {
            text += " — " + T("Scope_Field", scope.FieldName);
        }

        if (scope.ProcedureCode is not null)
        {
            text += " — " + T("Scope_Procedure", scope.ProcedureCode);
        }

        return text;
    }

    private static string T(string name, params object[] arguments) => ResourceText.Get<Live766Text>(name, arguments);
}
