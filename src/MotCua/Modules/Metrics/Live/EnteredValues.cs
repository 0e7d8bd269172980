using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Files;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Live.Data;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Scoring766;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Metrics.Live;

/// <summary>One entry of an entered chỉ số as the history lists it.</summary>
internal sealed record EnteredEntry(Guid Id, decimal Numerator, decimal Denominator, string? Note, string EvidenceFileName, string EnteredBy, DateTime EnteredAt, DateTime? ReplacedAt);

/// <summary>
/// The entered chỉ số of Bộ chỉ số 766 (1.4, 4.4, 4.5a, 4.5b, 4.6; ADR-054): entered by the agency's ControlOfficer (a
/// ProvinceOfficer for any agency) with an evidence file checked by its content as every upload is (PDF, JPEG, PNG); a new
/// entry replaces the one in force and both stay in the history. Nothing is saved when anything is wrong.
/// </summary>
internal sealed class EnteredValues(
    AppDbContext db, IAgencyScope access, [FromKeyedServices(EnteredValues.StoreKey)] IFileStore store, IOptions<MetricsOptions> options, TimeProvider clock)
{
    public const string StoreKey = "Metrics";

    /// <summary>The largest figure accepted (a count of dossiers or procedures).</summary>
    public const decimal MaxValue = 1_000_000_000m;

    /// <summary>True when the caller may enter values for <paramref name="agencyId"/>.</summary>
    public static bool CanEnter(System.Security.Claims.ClaimsPrincipal user, IAgencyScope access, Guid agencyId) =>
        user.IsInRole(Roles.ProvinceOfficer) || (user.IsInRole(Roles.ControlOfficer) && access.AgencyId == agencyId);

    public async Task<IReadOnlyList<EnteredEntry>> HistoryAsync(Guid agencyId, ReportPeriod period, string indicatorId, CancellationToken cancellationToken) =>
        await db.EnteredIndicatorValues.AsNoTracking()
            .Where(e => e.AgencyId == agencyId && e.PeriodFirst == period.First && e.PeriodLast == period.Last && e.IndicatorId == indicatorId)
            .OrderByDescending(e => e.EnteredAt)
            .Select(e => new EnteredEntry(e.Id, e.Numerator, e.Denominator, e.Note, e.EvidenceFileName, e.EnteredByName, e.EnteredAt, e.ReplacedAt))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Checks and saves one entry; returns the failures (Vietnamese), empty when saved. <paramref name="evidence"/> must be
    /// seekable (the form reader buffers uploads).
    /// </summary>
    public async Task<IReadOnlyList<RuleFailure>> EnterAsync(
        Guid agencyId, ReportPeriod period, FormulaSet set, string? indicatorId, string? numeratorText, string? denominatorText, string? note,
        Stream? evidence, string? evidenceFileName, Actor actor, CancellationToken cancellationToken)
    {
        var failures = new List<RuleFailure>();
        var definition = indicatorId is null ? null : set.Find(indicatorId.Trim());
        if (definition is not { IsEntered: true })
        {
            failures.Add(Problem("Indicator", "Enter_NotEntered"));
        }

        var numerator = Number(numeratorText, "Numerator", failures);
        var denominator = Number(denominatorText, "Denominator", failures);
        // Mô tả công thức 766: each entered chỉ số is a share (tử số ⊆ mẫu số); a mẫu số of 0 is "không phát sinh" only with a tử số of 0.
        if (numerator is { } n && denominator is { } d && n > d)
        {
            failures.Add(Problem("Numerator", "Enter_NumeratorAboveDenominator"));
        }

        if (note?.Trim().Length > EnteredIndicatorValue.NoteLength)
        {
            failures.Add(Problem("Note", "Enter_NoteTooLong", EnteredIndicatorValue.NoteLength));
        }

        AcceptedFileType? type = null;
        if (evidence is null || evidence.Length - evidence.Position == 0)
        {
            failures.Add(Problem("Evidence", "Enter_EvidenceMissing"));
        }
        else
        {
            type = await AcceptedFileType.DetectAsync(evidence, cancellationToken);
            if (type is null)
            {
                failures.Add(Problem("Evidence", "Enter_EvidenceType"));
            }
        }

        if (failures.Count > 0)
        {
            return failures;
        }

        var stored = await store.SaveAsync(evidence!, options.Value.Score766EvidenceMaxBytes, cancellationToken);
        if (stored is null)
        {
            return [Problem("Evidence", "Enter_EvidenceTooLarge", options.Value.Score766EvidenceMaxBytes / (1024 * 1024))];
        }

        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var current = await db.EnteredIndicatorValues
                .Where(e => e.AgencyId == agencyId && e.PeriodFirst == period.First && e.PeriodLast == period.Last && e.IndicatorId == definition!.Id && e.ReplacedAt == null)
                .ToListAsync(cancellationToken);
            current.ForEach(e => e.ReplaceAt(now));
            db.EnteredIndicatorValues.Add(EnteredIndicatorValue.Enter(
                agencyId, definition!.Id, period.First, period.Last, numerator!.Value, denominator!.Value, note,
                stored.Key, UploadFileName.Sanitise(evidenceFileName, type!), type!.ContentType, stored.Sha256, actor.UserId, actor.Name, now));
            // Once the file is stored, the rows are saved or the file is removed: a cancelled request must not split them.
            await db.SaveChangesAsync(CancellationToken.None);
            return [];
        }
        catch
        {
            store.Delete(stored.Key);
            throw;
        }
    }

    /// <summary>The evidence of an entry the caller may read (its agency in scope), or null.</summary>
    public async Task<(Stream Content, string ContentType, string FileName)?> EvidenceAsync(Guid entryId, CancellationToken cancellationToken)
    {
        var entry = await db.EnteredIndicatorValues.AsNoTracking().Where(e => e.Id == entryId)
            .Select(e => new { e.AgencyId, e.EvidenceKey, e.EvidenceContentType, e.EvidenceFileName }).SingleOrDefaultAsync(cancellationToken);
        return entry is null || !access.CanAccessAgency(entry.AgencyId)
            ? null
            : (store.OpenRead(entry.EvidenceKey), entry.EvidenceContentType, entry.EvidenceFileName);
    }

    /// <summary>
    /// A figure as officers type it: digits with "." or space between thousands and "," before at most 2 decimals
    /// ("1.250", "12,5"), or a plain "12.5"; not negative, at most <see cref="MaxValue"/>.
    /// </summary>
    public static decimal? ParseFigure(string? text)
    {
        var value = text?.Trim().Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(value) || value.Any(c => c is not ((>= '0' and <= '9') or '.' or ',')))
        {
            return null;
        }

        // One "," is the decimal mark (vi-VN); without one, a single "." followed by 1–2 digits is a decimal mark, else thousands.
        string normal;
        if (value.Contains(','))
        {
            normal = value.Count(c => c == ',') == 1 ? value.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : "";
        }
        else
        {
            var dot = value.LastIndexOf('.');
            normal = value.Count(c => c == '.') == 1 && value.Length - dot - 1 is 1 or 2 ? value : value.Replace(".", "", StringComparison.Ordinal);
        }

        if (!decimal.TryParse(normal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)
            || parsed > MaxValue || decimal.Round(parsed, 2) != parsed)
        {
            return null;
        }

        return parsed;
    }

    private static decimal? Number(string? text, string field, List<RuleFailure> failures)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            failures.Add(Problem(field, "Enter_Required_" + field));
            return null;
        }

        if (ParseFigure(text) is { } value)
        {
            return value;
        }

        failures.Add(Problem(field, "Enter_Number_" + field, MaxValue.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))));
        return null;
    }

    private static RuleFailure Problem(string field, string name, params object[] arguments) =>
        new(field, ResourceText.Get<Live766Text>(name, arguments), name);
}
