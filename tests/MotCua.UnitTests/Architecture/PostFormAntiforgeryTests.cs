using System.Text.RegularExpressions;

namespace MotCua.UnitTests.Architecture;

/// <summary>
/// Every form that posts carries an antiforgery token. Razor's form tag helper adds one by itself only when the form has
/// no <c>action</c> attribute or is routed with <c>asp-page</c> / <c>asp-page-handler</c> / <c>asp-route-*</c>; a form
/// with a literal <c>action</c> needs <c>asp-antiforgery="true"</c>, or the server refuses its post with 400 — which
/// integration tests miss when they take a token from elsewhere on the page.
/// </summary>
public sealed partial class PostFormAntiforgeryTests
{
    [Fact]
    public void A_post_form_with_a_literal_action_asks_for_the_token()
    {
        var offending = Directory.EnumerateFiles(SourceTree.Root, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => PostForm().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetRelativePath(SourceTree.Root, file), Tag: m.Value)))
            .Where(f => f.Tag.Contains(" action=", StringComparison.Ordinal) && !f.Tag.Contains("asp-antiforgery=\"true\"", StringComparison.Ordinal))
            .Select(f => $"{f.File}: {f.Tag}")
            .ToList();

        offending.ShouldBeEmpty();
    }

    [Fact]
    public void The_check_sees_the_forms_of_the_pages()
    {
        Directory.EnumerateFiles(SourceTree.Root, "*.cshtml", SearchOption.AllDirectories)
            .Sum(file => PostForm().Matches(File.ReadAllText(file)).Count)
            .ShouldBeGreaterThan(50, "the pattern finds the application's post forms");
    }

    [GeneratedRegex("<form\\b[^>]*\\bmethod=\"post\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();
}
