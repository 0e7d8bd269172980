using System.Text.RegularExpressions;
using System.Xml.Linq;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Evaluation;
using MotCua.Modules.Notifications;
using MotCua.UnitTests.Architecture;

namespace MotCua.UnitTests.Common;

public sealed partial class ResourceFilesTests
{
    public static TheoryData<string> NeutralResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SourceTree.Root, "*.resx", SearchOption.AllDirectories)
                     .Where(f => !Path.GetFileName(f).EndsWith(".en.resx", StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(SourceTree.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void Every_Vietnamese_string_has_an_English_translation_and_no_English_key_is_orphaned(string relativePath)
    {
        var vietnamese = Keys(Path.Combine(SourceTree.Root, relativePath));
        var englishPath = Path.Combine(SourceTree.Root, Path.ChangeExtension(relativePath, ".en.resx"));

        File.Exists(englishPath).ShouldBeTrue($"{relativePath} has no English counterpart");
        var english = Keys(englishPath);
        vietnamese.Except(english).ShouldBeEmpty($"missing in English: {relativePath}");
        english.Except(vietnamese).ShouldBeEmpty($"only in English: {relativePath}");
    }

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void No_resource_file_names_a_string_twice(string relativePath)
    {
        foreach (var path in new[] { relativePath, Path.ChangeExtension(relativePath, ".en.resx") })
        {
            var duplicates = XDocument.Load(Path.Combine(SourceTree.Root, path)).Root!.Elements("data")
                .GroupBy(d => (string)d.Attribute("name")!).Where(g => g.Count() > 1).Select(g => g.Key);
            duplicates.ShouldBeEmpty($"named twice in {path}");
        }
    }

    [Fact]
    public void Every_audit_action_the_application_records_has_a_label_on_the_administration_page()
    {
        var labels = Keys(Path.Combine(SourceTree.Root, "Modules", "Organization", "OrganizationText.resx"));
        var actions = Directory.EnumerateFiles(SourceTree.Root, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => AuditRecord().Matches(File.ReadAllText(file)))
            .SelectMany(call => Literal().Matches(call.Groups["action"].Value).Select(m => m.Groups[1].Value))
            .Distinct().ToList();

        actions.Count.ShouldBeGreaterThan(20);
        actions.Where(a => !labels.Contains("Action_" + a)).ShouldBeEmpty("audit actions without an Action_ label in OrganizationText.resx");
    }

    [Fact]
    public void Every_kind_of_notification_has_a_label_on_the_outbox_page()
    {
        var labels = Keys(Path.Combine(SourceTree.Root, "Modules", "Notifications", "NotificationsText.resx"));

        Enum.GetNames<MessageKind>().Where(k => !labels.Contains("Kind_" + k)).ShouldBeEmpty("notification kinds without a Kind_ label in NotificationsText.resx");
    }

    [Fact]
    public void Every_action_a_dossier_history_records_has_a_label_on_the_dossier_page()
    {
        var labels = Keys(Path.Combine(SourceTree.Root, "Modules", "Dossiers", "DossiersText.resx"));

        Enum.GetNames<DossierAction>().Where(a => !labels.Contains("Action_" + a)).ShouldBeEmpty("dossier history actions without an Action_ label in DossiersText.resx");
    }

    [Fact]
    public void Every_evaluation_indicator_completion_band_and_unit_rating_has_a_label()
    {
        var labels = Keys(Path.Combine(SourceTree.Root, "Modules", "Metrics", "MetricsText.resx"));

        Enum.GetNames<EvaluationIndicator>().Select(n => "Indicator_" + n)
            .Concat(Enum.GetNames<CompletionBand>().Select(n => "CompletionBand_" + n))
            .Concat(Enum.GetNames<UnitRating>().Select(n => "UnitRating_" + n))
            .Where(k => !labels.Contains(k)).ShouldBeEmpty("TT 01/2018 evaluation values without a label in MetricsText.resx");
    }

    // audit.Record("Action", …) or audit.Record(condition ? "One" : "Other", …): the first argument's string literals.
    [GeneratedRegex(@"audit\.Record\(\s*(?<action>[^,]+),")]
    private static partial Regex AuditRecord();

    [GeneratedRegex("\"(\\w+)\"")]
    private static partial Regex Literal();

    private static HashSet<string> Keys(string path) =>
        XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
}
