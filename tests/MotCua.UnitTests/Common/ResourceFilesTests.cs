using System.Xml.Linq;

namespace MotCua.UnitTests.Common;

public sealed class ResourceFilesTests
{
    public static TheoryData<string> NeutralResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SourceRoot(), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !Path.GetFileName(f).EndsWith(".en.resx", StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(SourceRoot(), file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void Every_Vietnamese_string_has_an_English_translation_and_no_English_key_is_orphaned(string relativePath)
    {
        var vietnamese = Keys(Path.Combine(SourceRoot(), relativePath));
        var englishPath = Path.Combine(SourceRoot(), Path.ChangeExtension(relativePath, ".en.resx"));

        File.Exists(englishPath).ShouldBeTrue($"{relativePath} has no English counterpart");
        var english = Keys(englishPath);
        vietnamese.Except(english).ShouldBeEmpty($"missing in English: {relativePath}");
        english.Except(vietnamese).ShouldBeEmpty($"only in English: {relativePath}");
    }

    private static HashSet<string> Keys(string path) =>
        XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "src", "MotCua", "MotCua.csproj")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("repository root"), "src", "MotCua");
    }
}
