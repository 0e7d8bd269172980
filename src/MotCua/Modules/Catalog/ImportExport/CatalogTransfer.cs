using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Validation;
using MotCua.Common.Web;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Catalog.ManageProcedures;

namespace MotCua.Modules.Catalog.ImportExport;

/// <summary>Exports the catalogue and imports it back, all or nothing (ADR-007).</summary>
internal sealed class CatalogTransfer(AppDbContext db, TimeProvider clock, IStringLocalizer<CatalogAdminText> text)
{
    /// <summary>Largest file accepted for import.</summary>
    public const long MaxImportBytes = 5 * 1024 * 1024;

    /// <summary>Every procedure with its version in force, else its draft, else the abolished version; in code order.</summary>
    public async Task<CatalogFile> ExportAsync(CancellationToken cancellationToken)
    {
        var references = await CatalogReferences.LoadAsync(db, cancellationToken);
        var procedures = await db.Procedures.AsNoTracking()
            .Include(p => p.Versions).ThenInclude(v => v.Levels)
            .Include(p => p.Versions).ThenInclude(v => v.Agencies)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var file = new CatalogFile { ExportedAt = clock.GetUtcNow().UtcDateTime };
        foreach (var procedure in procedures.OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            var version = procedure.Current ?? procedure.Draft ?? procedure.Versions.OrderByDescending(v => v.Number).First();
            file.Procedures.Add(new CatalogEntry
            {
                Status = procedure.Status.ToString(),
                VersionNumber = version.Number,
                Decision = version.PublicationDecision is { } d ? new DecisionRecord { Number = d.Number, SignedOn = d.Date, EffectiveOn = d.EffectiveDate } : null,
                Procedure = references.ToInput(procedure.Code, version),
            });
        }

        return file;
    }

    public static byte[] ToJson(CatalogFile file) => JsonSerializer.SerializeToUtf8Bytes(file, CatalogFile.Json);

    /// <summary>Reads, checks and applies a file; any problem anywhere and nothing changes.</summary>
    public async Task<ImportReport> ImportAsync(Stream content, string fileName, long length, CancellationToken cancellationToken)
    {
        if (length > MaxImportBytes)
        {
            return Fail(text["Import_TooLarge", MaxImportBytes / (1024 * 1024)]);
        }

        if (length == 0)
        {
            return Fail(text["Import_Empty"]);
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxImportBytes)
        {
            return Fail(text["Import_TooLarge", MaxImportBytes / (1024 * 1024)]);
        }

        buffer.Position = 0;
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var (file, problems) = extension switch
        {
            ".xlsx" => CatalogXlsx.Read(buffer, text),
            ".json" => ReadJson(buffer),
            _ => (null, [new ImportProblem("", null, null, null, text["Import_WrongExtension"])]),
        };
        if (file is null)
        {
            return ImportReport.Failed(problems);
        }

        var isJson = extension == ".json";
        var references = await CatalogReferences.LoadAsync(db, cancellationToken);
        var codes = file.Procedures.Select(e => e.Procedure.Code.Trim()).Where(c => c.Length > 0).ToList();
        var existing = await db.Procedures
            .Include(p => p.Versions).ThenInclude(v => v.Levels)
            .Include(p => p.Versions).ThenInclude(v => v.Agencies)
            .AsSplitQuery()
            .Where(p => codes.Contains(p.Code))
            .ToDictionaryAsync(p => p.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);

        for (var i = 0; i < file.Procedures.Count; i++)
        {
            var input = file.Procedures[i].Procedure;
            if (isJson)
            {
                input.SourceRow = i + 1;
            }

            ProcedureInputValidator.DropBlankRows(input);
            var errors = ProcedureInputValidator.Validate(input, references, text);
            foreach (var error in errors)
            {
                problems.Add(Locate(input, error, isJson));
            }

            // An abolished procedure stays as it was abolished; re-importing its own export row is not a change.
            if (errors.Count == 0 && existing.TryGetValue(input.Code.Trim(), out var procedure) && procedure.Status == ProcedureStatus.Abolished
                && !IsUnchanged(references, procedure, references.ToContent(input), references.FieldsByCode[input.FieldCode.Trim()].Name))
            {
                problems.Add(Locate(input, new RuleFailure(nameof(input.Code), text["Import_Abolished", procedure.Code]), isJson));
            }
        }

        if (isJson)
        {
            foreach (var duplicate in file.Procedures.Select((e, i) => (Code: e.Procedure.Code.Trim(), Index: i)).Where(x => x.Code.Length > 0)
                         .GroupBy(x => x.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1).Select(x => (x, First: g.First().Index))))
            {
                problems.Add(new ImportProblem("JSON", duplicate.x.Index + 1, "code", duplicate.x.Code, text["Import_DuplicateCode", duplicate.x.Code, duplicate.First + 1]));
            }
        }

        if (file.Procedures.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem("", null, null, null, text["Import_NoProcedures"]));
        }

        if (problems.Count > 0)
        {
            return ImportReport.Failed(Ordered(problems));
        }

        return await ApplyAsync(file, references, existing, cancellationToken);
    }

    private async Task<ImportReport> ApplyAsync(CatalogFile file, CatalogReferences references, Dictionary<string, Procedure> existing, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        int created = 0, updated = 0, amended = 0, unchanged = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var input in file.Procedures.Select(e => e.Procedure))
            {
                var code = input.Code.Trim();
                var content = references.ToContent(input);
                var fieldName = references.FieldsByCode[input.FieldCode.Trim()].Name;
                if (!existing.TryGetValue(code, out var procedure))
                {
                    db.Procedures.Add(Procedure.Create(code, content, fieldName, now));
                    created++;
                    continue;
                }

                // The export carries the version in force: re-importing it must not wipe an amendment in progress.
                if (IsUnchanged(references, procedure, content, fieldName))
                {
                    unchanged++;
                    continue;
                }

                // A published procedure is never changed by a file: the import starts (or updates) an amendment draft, published later by decision.
                if (procedure.Draft is null)
                {
                    db.ProcedureVersions.Add(procedure.Amend(now));
                    amended++;
                }
                else
                {
                    updated++;
                }

                procedure.Revise(content, fieldName);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is BusinessRuleException or DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return ImportReport.Failed([new ImportProblem("", null, null, null, text["Import_ApplyFailed", e.Message])]);
        }

        return new ImportReport(created, updated, amended, unchanged, []);
    }

    /// <summary>True when the row equals the draft, the version in force or, for an abolished procedure, its last version.</summary>
    private static bool IsUnchanged(CatalogReferences references, Procedure procedure, ProcedureContent content, string fieldName) =>
        procedure.Versions
            .Where(v => v.Status is VersionStatus.Draft or VersionStatus.Published or VersionStatus.Abolished)
            .Any(v => Same(references, procedure.Code, v, content, fieldName));

    private static bool Same(CatalogReferences references, string code, ProcedureVersion version, ProcedureContent content, string fieldName)
    {
        var incoming = Procedure.Create(code, content, fieldName, DateTime.UnixEpoch).Versions[0];
        return JsonSerializer.Serialize(references.ToInput(code, version), CatalogFile.Json) == JsonSerializer.Serialize(references.ToInput(code, incoming), CatalogFile.Json);
    }

    private (CatalogFile?, List<ImportProblem>) ReadJson(MemoryStream buffer)
    {
        // PostgreSQL cannot store the NUL character in text and SQLite would keep it: refused alike, naming where it is.
        if (NulCharacterGuard.FindInJson(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } path)
        {
            return (null, [new ImportProblem("JSON", null, path, null, text["Import_NulCharacter"])]);
        }

        CatalogFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogFile>(buffer, CatalogFile.Json);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? text["Import_JsonAt", line + 1, e.Path ?? "$"].Value : "";
            return (null, [new ImportProblem("JSON", null, e.Path, null, text["Import_NotJson"] + " " + where)]);
        }

        if (file is null || file.Format != CatalogFile.FormatName || file.FormatVersion != CatalogFile.CurrentVersion)
        {
            return (null, [new ImportProblem("JSON", null, "format", null, text["Import_WrongFormat", CatalogFile.FormatName, CatalogFile.CurrentVersion])]);
        }

        file.Procedures.RemoveAll(e => e is null);
        foreach (var entry in file.Procedures)
        {
            entry.Procedure ??= new ProcedureInput();
            Normalize(entry.Procedure);
        }

        return (file, []);
    }

    // JSON may carry explicit nulls where the form and the workbook never do.
    private static void Normalize(ProcedureInput input)
    {
        input.Code ??= "";
        input.Name ??= "";
        input.FieldCode ??= "";
        input.Sequence ??= "";
        input.Subjects ??= "";
        input.Result ??= "";
        input.ProcessingTimeUnit ??= "";
        input.CutOffTime ??= "";
        input.OnlineLevel ??= "";
        input.LevelCodes = input.LevelCodes?.Where(c => c is not null).ToList() ?? [];
        input.Channels = input.Channels?.Where(c => c is not null).ToList() ?? [];
        input.CutOffChannels = input.CutOffChannels?.Where(c => c is not null).ToList();
        input.Agencies = input.Agencies?.Where(a => a is not null).ToList() ?? [];
        input.DossierComponents = input.DossierComponents?.Where(c => c is not null).ToList() ?? [];
        input.Fees = input.Fees?.Where(f => f is not null).ToList() ?? [];
        input.LegalBases = input.LegalBases?.Where(b => b is not null).ToList() ?? [];
        foreach (var agency in input.Agencies)
        {
            agency.AgencyCode ??= "";
            agency.Role ??= "";
        }

        foreach (var component in input.DossierComponents)
        {
            component.Name ??= "";
            component.Forms = component.Forms?.Where(f => f is not null).ToList() ?? [];
        }

        foreach (var fee in input.Fees)
        {
            fee.Name ??= "";
        }

        foreach (var basis in input.LegalBases)
        {
            basis.Number ??= "";
        }
    }

    /// <summary>Where a validation error sits in the file: sheet, row and column for a workbook, procedure position and member path for JSON.</summary>
    private static ImportProblem Locate(ProcedureInput input, RuleFailure error, bool isJson)
    {
        var code = input.Code.Trim() is { Length: > 0 } c ? c : null;
        var path = string.Join('.', error.Field.Split('.').Select(s => char.ToLowerInvariant(s[0]) + s[1..]));
        if (isJson)
        {
            return new ImportProblem("JSON", input.SourceRow, path, code, error.Message);
        }

        var segments = error.Field.Split('.');
        var list = segments[0].Split('[');
        if (list.Length == 2 && int.TryParse(list[1].TrimEnd(']'), out var index))
        {
            var (sheet, row) = list[0] switch
            {
                nameof(ProcedureInput.Agencies) => (CatalogXlsx.AgenciesSheet, input.Agencies[index].SourceRow),
                nameof(ProcedureInput.DossierComponents) => (CatalogXlsx.ComponentsSheet, input.DossierComponents[index].SourceRow),
                nameof(ProcedureInput.Fees) => (CatalogXlsx.FeesSheet, input.Fees[index].SourceRow),
                _ => (CatalogXlsx.LegalBasesSheet, input.LegalBases[index].SourceRow),
            };
            return new ImportProblem(sheet, row, segments.Length > 1 ? char.ToLowerInvariant(segments[1][0]) + segments[1][1..] : null, code, error.Message);
        }

        return error.Field switch
        {
            nameof(ProcedureInput.Agencies) => new ImportProblem(CatalogXlsx.AgenciesSheet, null, null, code, error.Message),
            nameof(ProcedureInput.DossierComponents) => new ImportProblem(CatalogXlsx.ComponentsSheet, null, null, code, error.Message),
            nameof(ProcedureInput.LegalBases) => new ImportProblem(CatalogXlsx.LegalBasesSheet, null, null, code, error.Message),
            _ => new ImportProblem(CatalogXlsx.ProceduresSheet, input.SourceRow, path, code, error.Message),
        };
    }

    private static List<ImportProblem> Ordered(List<ImportProblem> problems) =>
        problems.OrderBy(p => p.Sheet, StringComparer.Ordinal).ThenBy(p => p.Row ?? 0).ThenBy(p => p.Column, StringComparer.Ordinal).ToList();

    private static ImportReport Fail(string message) => ImportReport.Failed([new ImportProblem("", null, null, null, message)]);
}
