using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Integrity;

/// <summary>What started a verification.</summary>
internal enum IntegrityRunSource
{
    /// <summary>The daily job <c>audit.verify</c>.</summary>
    Job = 1,

    /// <summary>A system administrator on <c>/admin/integrity</c>.</summary>
    Page = 2,

    /// <summary>The <c>verify-audit</c> command.</summary>
    Command = 3,
}

/// <summary>
/// One verification run (ADR-027): when, by whom, over which dossiers, how many were checked and what did not hold. The
/// latest run that found a problem is shown to the system administrators until a later full run holds.
/// </summary>
internal sealed class IntegrityRun
{
    private static readonly JsonSerializerOptions ReportJson = new() { Converters = { new JsonStringEnumConverter() } };

    private IntegrityRun()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>When the run finished (UTC).</summary>
    public DateTime At { get; private set; }

    public IntegrityRunSource Source { get; private set; }

    /// <summary>The administrator's user name, the job's name or the operating-system account that ran the command.</summary>
    public string RunBy { get; private set; } = "";

    public string? Code { get; private set; }

    public Guid? AgencyId { get; private set; }

    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    /// <summary>True for a run over every dossier: only such a run that holds ends an alert.</summary>
    public bool Full { get; private set; }

    public int DossiersChecked { get; private set; }

    public int DossiersBroken { get; private set; }

    public bool Holds { get; private set; }

    /// <summary>The report as JSON, so the page shows what failed as it was found.</summary>
    public string Findings { get; private set; } = "";

    public IntegrityScope Scope => new(Code, AgencyId, From, To);

    public IntegrityReport Report => JsonSerializer.Deserialize<IntegrityReport>(Findings, ReportJson)!;

    public static IntegrityRun Record(IntegrityScope scope, IntegrityReport report, IntegrityRunSource source, string runBy, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(),
        At = at,
        Source = source,
        RunBy = Clip(runBy, 256) ?? "",
        Code = Clip(scope.Code?.ToUpperInvariant(), DossierCode.MaxLength),
        AgencyId = scope.AgencyId,
        From = scope.From,
        To = scope.To,
        Full = scope.IsAll,
        DossiersChecked = report.DossiersChecked,
        DossiersBroken = report.Dossiers.Count,
        Holds = report.Holds,
        Findings = JsonSerializer.Serialize(report, ReportJson),
    };

    /// <summary>The latest run that found a problem, unless a full run held after it; null when there is nothing to alert.</summary>
    public static async Task<IntegrityRun?> OpenAlertAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var cleared = await db.IntegrityRuns.Where(r => r.Full && r.Holds).MaxAsync(r => (DateTime?)r.At, cancellationToken);
        var failed = db.IntegrityRuns.AsNoTracking().Where(r => !r.Holds);
        if (cleared is { } at)
        {
            failed = failed.Where(r => r.At > at);
        }

        return await failed.OrderByDescending(r => r.At).FirstOrDefaultAsync(cancellationToken);
    }

    private static string? Clip(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is var trimmed && trimmed.Length > max ? trimmed[..max] : trimmed;
}

internal sealed class IntegrityRunConfiguration : IEntityTypeConfiguration<IntegrityRun>
{
    public void Configure(EntityTypeBuilder<IntegrityRun> builder)
    {
        builder.ToTable("IntegrityRuns");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Source).HasConversion<int>();
        builder.Property(r => r.RunBy).HasMaxLength(256);
        builder.Property(r => r.Code).HasMaxLength(DossierCode.MaxLength);
        builder.Ignore(r => r.Scope);
        builder.Ignore(r => r.Report);
        builder.HasIndex(r => r.At);
    }
}
