using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MotCua.Modules.Catalog.ManageProcedures;

namespace MotCua.Modules.Catalog.ImportExport;

/// <summary>
/// The catalogue interchange document (format <c>motcua-catalog</c>, version 1; ADR-007). JSON carries it as is; the
/// .xlsx workbook carries the same fields, one sheet per row kind, linked by procedure code.
/// </summary>
internal sealed class CatalogFile
{
    public const string FormatName = "motcua-catalog";
    public const int CurrentVersion = 1;

    public string Format { get; set; } = FormatName;

    public int FormatVersion { get; set; } = CurrentVersion;

    public DateTime? ExportedAt { get; set; }

    public List<CatalogEntry> Procedures { get; set; } = [];

    /// <summary>Camel case, indented, readable Vietnamese, nulls left out, unknown members refused.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };
}

/// <summary>
/// One procedure in the file: its content (<see cref="Procedure"/>, what import reads) and, for information only,
/// where the exported version stands (ignored by import: publication happens here, by a decision, on the publish page).
/// </summary>
internal sealed class CatalogEntry
{
    public string? Status { get; set; }

    public int? VersionNumber { get; set; }

    public DecisionRecord? Decision { get; set; }

    public ProcedureInput Procedure { get; set; } = new();
}

/// <summary>The Quyết định công bố of the exported version.</summary>
internal sealed class DecisionRecord
{
    public string Number { get; set; } = "";

    public DateOnly SignedOn { get; set; }

    public DateOnly EffectiveOn { get; set; }
}

/// <summary>One problem found in an import file; nothing is imported while there is any.</summary>
/// <param name="Sheet">The sheet's name, or <c>JSON</c>.</param>
/// <param name="Row">Row number in the sheet (1 = header), or the procedure's position in the JSON list.</param>
/// <param name="Column">The column header, or the member's path inside the JSON procedure.</param>
/// <param name="ProcedureCode">The procedure concerned, when known.</param>
internal sealed record ImportProblem(string Sheet, int? Row, string? Column, string? ProcedureCode, string Message);

/// <summary>What an import did (when <see cref="Problems"/> is empty) or why it did nothing.</summary>
internal sealed record ImportReport(int Created, int DraftsUpdated, int AmendmentsStarted, int Unchanged, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static ImportReport Failed(IReadOnlyList<ImportProblem> problems) => new(0, 0, 0, 0, problems);
}
