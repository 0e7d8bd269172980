using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Jobs;
using MotCua.Modules.Calendar;
using MotCua.Modules.Notifications;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Dossiers.Integrity;

/// <summary>The system administrators' e-mail addresses: integrity alerts and anchors go to them through the outbox.</summary>
internal static class SystemAdministrators
{
    public static async Task<List<string>> EmailsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.SystemAdmin)))
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);

    public static async Task NotifyAsync(AppDbContext db, NotificationOutbox outbox, string subject, string body, string kind, string key, CancellationToken cancellationToken)
    {
        foreach (var email in await EmailsAsync(db, cancellationToken))
        {
            outbox.Enqueue(new OutgoingMessage(NotificationChannel.Email, email, subject, body, kind, $"{key}:{email}"));
        }
    }
}

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
            "AuditAnchor", "AuditAnchor:" + dayText, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(options.AnchorExportFolder))
        {
            Directory.CreateDirectory(options.AnchorExportFolder);
            await File.WriteAllTextAsync(Path.Combine(options.AnchorExportFolder, $"anchor-{dayText}.txt"), anchor.ToText(), cancellationToken);
        }

        return anchor;
    }
}

/// <summary>Verifies every chain once a day and alerts the system administrators when anything does not hold (ADR-027).</summary>
internal sealed partial class IntegrityCheckJob(ILogger<IntegrityCheckJob> logger) : IScheduledJob
{
    public string Name => "audit.verify";

    public TimeSpan Interval => TimeSpan.FromDays(1);

    public async Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var report = await scoped.GetRequiredService<IntegrityCheck>().VerifyAsync(IntegrityScope.All, cancellationToken);
        if (report.Holds)
        {
            return;
        }

        LogBroken(logger, report.Dossiers.Count, report.AuditLog?.Problem, report.Anchors?.Problem);
        var now = scoped.GetRequiredService<TimeProvider>().GetUtcNow();
        var day = DateOnly.FromDateTime(BusinessCalendar.ToLocal(now)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var db = scoped.GetRequiredService<AppDbContext>();
        await SystemAdministrators.NotifyAsync(
            db, scoped.GetRequiredService<NotificationOutbox>(), "MotCua: CẢNH BÁO lịch sử hồ sơ hoặc nhật ký quản trị đã bị thay đổi",
            Describe(report), "IntegrityAlert", "IntegrityAlert:" + day, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The alert's text: what does not hold, in Vietnamese, with the dossier codes.</summary>
    public static string Describe(IntegrityReport report)
    {
        var lines = new List<string> { $"Kiểm tra {report.DossiersChecked} hồ sơ: {report.Dossiers.Count} hồ sơ có lịch sử không toàn vẹn." };
        lines.AddRange(report.Dossiers.Select(f => $"- {f.Code ?? f.DossierId.ToString()}: {f.Finding.Problem} từ mục {f.Finding.Sequence}{(f.Finding.Detail is null ? "" : " (" + f.Finding.Detail + ")")}"));
        if (report.AuditLog is { } audit)
        {
            lines.Add($"Nhật ký quản trị: {audit.Problem} từ mục {audit.Sequence}.");
        }

        if (report.Anchors is { } anchors)
        {
            lines.Add($"Mốc kiểm chứng: {anchors.Problem} ở mốc thứ {anchors.Sequence}.");
        }

        lines.Add("Xem chi tiết tại /admin/integrity.");
        return string.Join('\n', lines);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit chains do not hold: {Dossiers} dossiers, audit log {AuditLog}, anchors {Anchors}")]
    private static partial void LogBroken(ILogger logger, int dossiers, ChainProblem? auditLog, ChainProblem? anchors);
}
