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

    public static byte[] Items(IndicatorDefinition definition, Scope766 scope, ReportPeriod period, ItemSide side, IReadOnlyList<Live766Item> rows)
    {
        List<XlsxRow> sheet =
        [
            new([T("Xlsx_Title", definition.Id, definition.Name)], Bold: true),
            new([ScopeText(scope)]),
            new([period.Label]),
            new([T(side == ItemSide.Numerator ? "Side_Numerator" : "Side_Denominator") + ": " + rows.Count]),
            new([]),
            new([T("Col_Number"), T("Col_Code"), T("Col_Procedure"), T("Col_Received"), T("Col_Ended"), T("Col_InNumerator"), T("Col_Why")], Bold: true),
        ];
        sheet.AddRange(rows.Select((r, i) => new XlsxRow(
        [
            i + 1, r.Code ?? "", r.ProcedureCode, r.ReceivedAt is { } received ? VietnamTime.UtcToLocal(received) : null,
            r.EndedAt is { } ended ? VietnamTime.UtcToLocal(ended) : null, T(r.InNumerator ? "Yes" : "No"), r.Why,
        ])));
        return XlsxWriter.Write([new XlsxSheet(definition.Id.Replace('.', '-'), sheet, Widths)]);
    }

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
