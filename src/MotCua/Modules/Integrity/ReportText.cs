using System.Globalization;
using Microsoft.Extensions.Localization;

namespace MotCua.Modules.Integrity;

/// <summary>A verification's scope and report as lines of text, in the current UI language (the <c>verify-audit</c> command, the page).</summary>
internal static class ReportText
{
    public static string Scope(IStringLocalizer text, IntegrityScope scope, string? agencyName)
    {
        if (scope.IsAll)
        {
            return text["Integrity_ScopeAll"];
        }

        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(scope.Code))
        {
            parts.Add($"{text["Integrity_Code"]}: {scope.Code}");
        }

        if (scope.AgencyId is { } agency)
        {
            parts.Add($"{text["Integrity_Agency"]}: {agencyName ?? agency.ToString()}");
        }

        if (scope.From is { } from)
        {
            parts.Add($"{text["Integrity_From"]}: {from.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
        }

        if (scope.To is { } to)
        {
            parts.Add($"{text["Integrity_To"]}: {to.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
        }

        return text["Integrity_ScopeSome", string.Join("; ", parts)];
    }

    public static IEnumerable<string> Lines(IStringLocalizer text, IntegrityReport report)
    {
        yield return report.Dossiers.Count == 0
            ? text["Integrity_Holds", report.DossiersChecked]
            : text["Integrity_Broken", report.Dossiers.Count, report.DossiersChecked];
        foreach (var f in report.Dossiers)
        {
            var problem = f.Finding.Detail is { } detail ? $"{text["Problem_" + f.Finding.Problem]} {detail}" : text["Problem_" + f.Finding.Problem].Value;
            yield return text["Verify_DossierLine", f.Code ?? f.DossierId.ToString(), problem, f.Finding.Sequence];
        }

        yield return report.AuditLog is { } audit ? text["Integrity_AuditLogBroken", text["Problem_" + audit.Problem], audit.Sequence] : text["Integrity_AuditLogHolds"];
        yield return report.Anchors is { } anchors ? text["Integrity_AnchorsBroken", text["Problem_" + anchors.Problem], anchors.Sequence] : text["Integrity_AnchorsHold"];
        if (report.AnchorFiles is not { } files)
        {
            yield return text["Integrity_NoAnchorFolder"];
            yield break;
        }

        yield return files.Findings.Count == 0 ? text["Integrity_AnchorFilesHold", files.FilesRead] : text["Integrity_AnchorFilesBroken", files.FilesRead];
        yield return files.Recomputed is { } recomputed ? text["Integrity_AnchorFileRecomputed", recomputed] : text["Integrity_AnchorFileNotRecomputed"];
        foreach (var f in files.Findings)
        {
            yield return "- " + text["Integrity_AnchorFileBroken", f.File, text["AnchorFile_" + f.Problem]];
        }
    }
}
