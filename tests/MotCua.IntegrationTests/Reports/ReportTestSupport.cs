using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Metrics.Facts;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Reports;

/// <summary>What the report tests share: judging the ended dossiers now, and reading a workbook's first sheet back.</summary>
internal static class ReportTestSupport
{
    /// <summary>Runs <c>metrics.judge</c> until nothing is left to judge (at most 20 rounds).</summary>
    public static async Task JudgeAllAsync(this MotCuaFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        for (var run = 0; run < 20 && await scope.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None) > 0; run++)
        {
        }
    }

    /// <summary>The first sheet's cells with a value, by reference (A1 → text).</summary>
    public static Dictionary<string, string> XlsxCells(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Cell>()
            .Where(c => c.InlineString is not null || c.CellValue is not null)
            .ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue!.Text);
    }
}
