using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Jobs;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Notifications;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Integrity;

/// <summary>
/// Writes the day's anchor (ADR-027) once per local day: folds every dossier history and the admin audit chain as they
/// stood when the day began (<see cref="AnchorFold"/>), seals it onto the previous anchor, e-mails it to the system
/// administrators and writes it to <see cref="AuditChainOptions.AnchorExportFolder"/>.
/// </summary>
internal sealed class AnchorJob(IOptions<AuditChainOptions> options) : IScheduledJob
{
    /// <summary>
    /// How long after midnight the day's anchor waits, so that every change recorded before midnight has been saved
    /// (an event's time is taken when the change is made, a moment before it is saved).
    /// </summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromMinutes(10);

    public string Name => "audit.anchor";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken) =>
        await WriteAsync(scoped, options.Value, cancellationToken);

    /// <summary>The day's anchor, written now unless it exists already.</summary>
    public static async Task<AuditAnchor?> WriteAsync(IServiceProvider scoped, AuditChainOptions options, CancellationToken cancellationToken)
    {
        var db = scoped.GetRequiredService<AppDbContext>();
        var keys = scoped.GetRequiredService<AuditKeyRing>();
        var now = scoped.GetRequiredService<TimeProvider>().GetUtcNow();
        var day = VietnamTime.LocalDate(now);
        var cutOff = VietnamTime.StartOfLocalDayUtc(day);
        if (now.UtcDateTime < cutOff + SettleTime || await db.AuditAnchors.AnyAsync(a => a.Day == day, cancellationToken))
        {
            return null;
        }

        var fold = await AnchorFold.ComputeAsync(db, scoped.GetRequiredService<DossierHistories>(), cutOff, cancellationToken);
        var previous = await db.AuditAnchors.AsNoTracking().OrderByDescending(a => a.Day).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken);
        var anchor = AuditAnchor.Create(day, now.UtcDateTime, fold, previous ?? AuditChainHead.GenesisHash, keys);
        db.AuditAnchors.Add(anchor);
        var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await SystemAdministrators.NotifyAsync(
            db, scoped.GetRequiredService<NotificationOutbox>(), ResourceText.ForRecord<IntegrityText>("Integrity_AnchorMailSubject", dayText),
            ResourceText.ForRecord<IntegrityText>("Integrity_AnchorMailIntro") + "\n\n" + anchor.ToText(),
            MessageKind.AuditAnchor, "AuditAnchor:" + dayText, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(options.AnchorExportFolder))
        {
            Directory.CreateDirectory(options.AnchorExportFolder);
            await File.WriteAllTextAsync(Path.Combine(options.AnchorExportFolder, anchor.FileName), anchor.ToText(), cancellationToken);
        }

        return anchor;
    }
}
