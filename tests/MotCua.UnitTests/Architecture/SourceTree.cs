namespace MotCua.UnitTests.Architecture;

/// <summary>The application's source folder (<c>src/MotCua</c>) of the repository the tests were built from, for tests that read the source.</summary>
internal static class SourceTree
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "src", "MotCua", "MotCua.csproj")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("repository root"), "src", "MotCua");
    }
}
