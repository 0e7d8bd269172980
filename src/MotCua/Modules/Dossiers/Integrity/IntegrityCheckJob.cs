using System.Globalization;
using MotCua.Common.Data;
using MotCua.Common.Jobs;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Notifications;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Dossiers.Integrity;

/// <summary>Verifies every chain once a day and alerts the system administrators when anything does not hold (ADR-027).</summary>
internal sealed partial class IntegrityCheckJob(ILogger<IntegrityCheckJob> logger) : IScheduledJob
{
    public string Name => "audit.verify";

    public TimeSpan Interval => TimeSpan.FromDays(1);

    public async Task RunAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var report = await scoped.GetRequiredService<IntegrityCheck>().RunAsync(IntegrityScope.All, IntegrityRunSource.Job, Name, cancellationToken);
        if (report.Holds)
        {
            return;
        }

        LogBroken(logger, report.Dossiers.Count, report.AuditLog?.Problem, report.Anchors?.Problem, report.AnchorFiles?.Findings.Count ?? 0);
        var now = scoped.GetRequiredService<TimeProvider>().GetUtcNow();
        var day = VietnamTime.LocalDate(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var db = scoped.GetRequiredService<AppDbContext>();
        await SystemAdministrators.NotifyAsync(
            db, scoped.GetRequiredService<NotificationOutbox>(), "MotCua: CẢNH BÁO lịch sử hồ sơ hoặc nhật ký quản trị đã bị thay đổi",
            Describe(report), MessageKind.IntegrityAlert, "IntegrityAlert:" + day, cancellationToken);
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

        lines.AddRange((report.AnchorFiles?.Findings ?? []).Select(f => $"Bản mốc lưu ngoài cơ sở dữ liệu {f.File}: {f.Problem}."));

        lines.Add("Xem chi tiết tại /admin/integrity.");
        return string.Join('\n', lines);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit chains do not hold: {Dossiers} dossiers, audit log {AuditLog}, anchors {Anchors}, {AnchorFiles} exported anchor findings")]
    private static partial void LogBroken(ILogger logger, int dossiers, ChainProblem? auditLog, ChainProblem? anchors, int anchorFiles);
}
