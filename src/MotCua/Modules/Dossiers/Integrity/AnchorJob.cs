using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Jobs;
using MotCua.Modules.Calendar;
using MotCua.Modules.Notifications;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Dossiers.Integrity;

/// <summary>
/// Writes the day's anchor (ADR-027) once per local day: folds the end of every dossier history and of the admin audit
/// chain, seals it onto the previous anchor, e-mails it to the system administrators and writes it to
/// <see cref="AuditChainOptions.AnchorExportFolder"/>.
/// </summary>
internal sealed class AnchorJob(IOptions<AuditChainOptions> options) : IScheduledJob
{
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
        var day = DateOnly.FromDateTime(BusinessCalendar.ToLocal(now));
        if (await db.AuditAnchors.AnyAsync(a => a.Day == day, cancellationToken))
        {
            return null;
        }

        using var fold = new ChainFold();
        await foreach (var head in db.Dossiers.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.EventCount, d.LastEventHash }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            fold.Add(head.Id, head.EventCount, head.LastEventHash);
        }

        var audit = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var previous = await db.AuditAnchors.AsNoTracking().OrderByDescending(a => a.Day).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken);
        var anchor = AuditAnchor.Create(day, now.UtcDateTime, fold, audit?.Count ?? 0, audit?.LastHash ?? AuditChainHead.GenesisHash, previous ?? AuditChainHead.GenesisHash, keys);
        db.AuditAnchors.Add(anchor);
        var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await SystemAdministrators.NotifyAsync(
            db, scoped.GetRequiredService<NotificationOutbox>(), $"MotCua: mốc kiểm chứng nhật ký ngày {dayText}",
            "Bản ghi mốc kiểm chứng lịch sử hồ sơ và nhật ký quản trị. Hãy lưu thư này ngoài hệ thống: nó dùng để đối chiếu nếu cơ sở dữ liệu bị sửa.\n\n" + anchor.ToText(),
            MessageKind.AuditAnchor, "AuditAnchor:" + dayText, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(options.AnchorExportFolder))
        {
            Directory.CreateDirectory(options.AnchorExportFolder);
            await File.WriteAllTextAsync(Path.Combine(options.AnchorExportFolder, $"anchor-{dayText}.txt"), anchor.ToText(), cancellationToken);
        }

        return anchor;
    }
}
