using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog.ViewProcedure;

/// <summary>The published version of a procedure with every component, as shown to citizens and integrators.</summary>
internal sealed record ProcedureDetails(
    string Code,
    Guid VersionId,
    int Version,
    string Name,
    NamedCode Field,
    IReadOnlyList<NamedCode> Levels,
    IReadOnlyList<PerformingAgency> Agencies,
    string Sequence,
    IReadOnlyList<SubmissionChannels> Channels,
    ProcessingTime ProcessingTime,
    string Subjects,
    string Result,
    string? Requirements,
    string? Location,
    OnlineServiceLevel OnlineLevel,
    string? PartialOnlineReason,
    IReadOnlyList<DossierItem> DossierComponents,
    IReadOnlyList<FeeItem> Fees,
    IReadOnlyList<LegalBasisItem> LegalBases,
    Decision Publication)
{
    /// <summary>Loads the version in force on <paramref name="today"/> of the procedure with this code, or null.</summary>
    public static Task<ProcedureDetails?> LoadAsync(AppDbContext db, string code, DateOnly today, CancellationToken cancellationToken) =>
        LoadAsync(db.ProcedureVersions.Where(VersionInForce.On(today)), code, cancellationToken);

    /// <summary>Loads the first version of this code published to take effect after <paramref name="today"/>, or null.</summary>
    public static Task<ProcedureDetails?> LoadUpcomingAsync(AppDbContext db, string code, DateOnly today, CancellationToken cancellationToken) =>
        LoadAsync(db.ProcedureVersions.Where(VersionInForce.UpcomingOn(today)), code, cancellationToken);

    private static async Task<ProcedureDetails?> LoadAsync(IQueryable<ProcedureVersion> versions, string code, CancellationToken cancellationToken)
    {
        var version = await versions.AsNoTracking()
            .Where(v => v.Procedure!.Code == code)
            .OrderBy(v => v.EffectiveDate)
            .Include(v => v.Procedure)
            .Include(v => v.Field)
            .Include(v => v.Levels).ThenInclude(l => l.Level)
            .Include(v => v.Agencies).ThenInclude(a => a.Agency)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        return version is null ? null : From(version);
    }

    private static ProcedureDetails From(ProcedureVersion v) => new(
        v.Procedure!.Code,
        v.Id,
        v.Number,
        v.Name,
        new NamedCode(v.Field!.Code, v.Field.Name),
        v.Levels.Select(l => l.Level!).OrderBy(l => l.SortOrder).Select(l => new NamedCode(l.Code, l.Name)).ToList(),
        v.Agencies.OrderBy(a => a.Role).ThenBy(a => a.Agency!.Code)
            .Select(a => new PerformingAgency(a.Agency!.Code, a.Agency.Name, a.Role, a.Agency.Address, a.Agency.Phone)).ToList(),
        v.Sequence,
        Flags(v.Channels),
        v.ProcessingTime,
        v.Subjects,
        v.Result,
        v.Requirements,
        v.Location,
        v.OnlineLevel,
        v.PartialOnlineReason,
        v.DossierComponents.Select(c => new DossierItem(
            c.Name, Flags(c.Form), c.Count, c.IsRequired, c.FormTemplateName, c.FormTemplateUrl, c.ReusableFromWallet, c.Note)).ToList(),
        v.Fees.Select(f => new FeeItem(f.Name, f.AmountVnd, f.Note)).ToList(),
        v.LegalBases.Select(b => new LegalBasisItem(b.Number, b.Title, b.IssuedOn)).ToList(),
        v.PublicationDecision!);

    private static List<T> Flags<T>(T value) where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => Convert.ToInt32(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(f)).ToList();
}

internal sealed record NamedCode(string Code, string Name);

internal sealed record PerformingAgency(string Code, string Name, AgencyRole Role, string? Address, string? Phone);

internal sealed record DossierItem(
    string Name, IReadOnlyList<DocumentForm> Forms, int Count, bool IsRequired, string? FormTemplateName, string? FormTemplateUrl, bool ReusableFromWallet, string? Note);

internal sealed record FeeItem(string Name, long AmountVnd, string? Note);

internal sealed record LegalBasisItem(string Number, string Title, DateOnly? IssuedOn);
