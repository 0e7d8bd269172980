using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MotCua.UnitTests.Architecture;

/// <summary>
/// Messages come from resources (Vietnamese <c>X.resx</c>, English <c>X.en.resx</c>) so that the English switch shows
/// English; text written into a record is still resolved from resources, in Vietnamese, through
/// <c>RecordLanguage</c>. A Vietnamese string literal in C# is allowed only in the files listed here, each for a reason.
/// </summary>
public sealed class VietnameseLiteralTests
{
    /// <summary>Files whose Vietnamese literals are the law's wording or data, not messages (paths under src/MotCua).</summary>
    private static readonly Dictionary<string, string> AllowedFiles = new(StringComparer.Ordinal)
    {
        ["Modules/Dossiers/Forms/FormTemplates.cs"] = "the legal wording of the forms of TT 01/2018/TT-VPCP and NĐ 118/2025",
        ["Modules/Fees/Receipts/PaymentReceipt.cs"] = "the receipt's wording (biên lai thu phí, lệ phí, NĐ 123/2020/NĐ-CP Điều 32)",
        ["Modules/Dossiers/Forms/FormSamples.cs"] = "sample values shown on the forms' previews (data)",
        ["Modules/Dossiers/ViewDossier/DossierForms.cs"] = "the wording the law's forms print when filled for a dossier (Mẫu 01–06), always Vietnamese",
        ["Modules/Calendar/StatutoryHolidays.cs"] = "the statutory holidays' names and their legal sources (BLLĐ 2019 Điều 112)",
        ["Modules/Calendar/BusinessCalendar.cs"] = "the name and legal source of a compensatory day off (BLLĐ 2019 Điều 111), calendar data",
        ["Modules/Calendar/Lunar/LunarCalendar.cs"] = "the names of the lunar calendar's stems and branches (data)",
        ["Modules/Catalog/SearchText.cs"] = "the letter đ, folded to d for diacritic-insensitive search",
        ["Modules/Catalog/ImportExport/CatalogXlsx.cs"] = "the Vietnamese yes/no words accepted in an imported spreadsheet (input, not messages)",
        ["Modules/Dossiers/Timing/DossierTimePolicy.cs"] = "the default name of the provincial regulation, a configuration value (data)",
        ["Modules/Workflows/ManageProcesses/DefaultTemplate.cs"] = "the step names a new internal process starts from (data the officer edits)",
        ["Modules/Organization/ServiceAccounts/ServiceAccountSeeder.cs"] = "the demo integration account's name (demo data)",
    };

    /// <summary>Folders whose files are all data: demo seeds, calendars, catalogue samples.</summary>
    private static readonly Dictionary<string, string> AllowedFolders = new(StringComparer.Ordinal)
    {
        ["Modules/Catalog/DemoData/"] = "the demo catalogue: procedures, forms and fields as published (demo data)",
        ["Modules/Calendar/DemoData/"] = "published holiday exceptions with their sources (demo data)",
        ["Modules/Organization/DemoData/"] = "the demo province's agencies, units and people (demo data)",
        ["Modules/Queue/DemoData/"] = "the demo queue's service groups (demo data)",
        ["Modules/Workflows/DemoData/"] = "the demo internal processes (demo data)",
        ["Modules/Feedback/DemoData/"] = "the demo PAKN: their wording, answers and the officers who act (demo data)",
        ["DemoYear/"] = "the demo year's applicants, officers' comments and reasons (demo data, ADR-056)",
    };

    [Fact]
    public void No_Vietnamese_string_literal_is_written_in_csharp_outside_the_allowed_law_and_data_files()
    {
        var sourceRoot = SourceTree.Root;
        var offending = Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(sourceRoot, f).Replace(Path.DirectorySeparatorChar, '/')))
            .Where(f => !f.Relative.StartsWith("obj/", StringComparison.Ordinal) && !f.Relative.StartsWith("bin/", StringComparison.Ordinal))
            .Where(f => !IsAllowed(f.Relative))
            .SelectMany(f => VietnameseLiterals(File.ReadAllText(f.Full)).Select(l => $"{f.Relative}:{l.Line}: {l.Text}"))
            .ToList();

        offending.ShouldBeEmpty("Vietnamese text in C# belongs in the module's .resx (with its English entry in .en.resx)");
    }

    [Fact]
    public void Every_allowed_file_and_folder_exists()
    {
        var sourceRoot = SourceTree.Root;
        AllowedFiles.Keys.Where(f => !File.Exists(Path.Combine(sourceRoot, f))).ShouldBeEmpty();
        AllowedFolders.Keys.Where(d => !Directory.Exists(Path.Combine(sourceRoot, d))).ShouldBeEmpty();
    }

    [Fact]
    public void Literals_of_every_kind_are_found_and_comments_and_attributes_are_not()
    {
        const string source = """"
            // Hồ sơ trong chú thích
            /* Hồ sơ trong khối chú thích */
            /// <summary>Hồ sơ trong tài liệu</summary>
            [Display(Name = "Họ và tên")]
            class C
            {
                string a = "Hồ sơ thường";
                string b = @"Hồ sơ
                    nguyên văn";
                string c = $"Hồ sơ {a} nội suy";
                string d = $@"Đã {a}";
                string e = $$"""Thô {{a}} có dấu""";
                char f = 'đ';
                string g = "Plain English";
                string h = "Ascii {0}";
                string i = """
                    Nhiều dòng thô
                    """;
                void M() => app.MapGet("/", F).WithSummary("Tóm tắt").WithDescription("Mô tả " + "nối");
                object o = new Parameter { Description = "Mã định danh", Example = "Hồ sơ mẫu" };
            }
            """";

        VietnameseLiterals(source).Select(l => l.Line).ShouldBe([7, 8, 10, 11, 12, 13, 16, 20]);
    }

    private static bool IsAllowed(string relative) =>
        AllowedFiles.ContainsKey(relative)
        || AllowedFolders.Keys.Any(d => relative.StartsWith(d, StringComparison.Ordinal));

    private static IEnumerable<(int Line, string Text)> VietnameseLiterals(string source) =>
        CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview))
            .GetRoot()
            .DescendantTokens()
            .Where(IsTextToken)
            .Where(t => t.Text.Any(IsVietnameseLetter))
            .Select(t => t.IsKind(SyntaxKind.InterpolatedStringTextToken) ? t.Parent!.Parent! : t.Parent!)
            .Distinct()
            .Where(literal => !literal.AncestorsAndSelf().OfType<AttributeSyntax>().Any() && !IsOpenApiDocumentation(literal))
            .Select(literal => (literal.GetLocation().GetLineSpan().StartLinePosition.Line + 1, literal.ToString().Split('\n')[0].Trim()));

    // The OpenAPI document is written in English for integrators and names the Vietnamese legal terms it maps to.
    private static bool IsOpenApiDocumentation(SyntaxNode literal) =>
        literal.Ancestors().Any(a =>
            (a is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "WithSummary" or "WithDescription" } } invocation
                && invocation.ArgumentList.Span.Contains(literal.Span))
            || a is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.Text: "Description" }, Parent: InitializerExpressionSyntax });

    private static bool IsTextToken(SyntaxToken token) => token.Kind() is SyntaxKind.StringLiteralToken
        or SyntaxKind.Utf8StringLiteralToken
        or SyntaxKind.CharacterLiteralToken
        or SyntaxKind.InterpolatedStringTextToken
        or SyntaxKind.SingleLineRawStringLiteralToken
        or SyntaxKind.MultiLineRawStringLiteralToken
        or SyntaxKind.Utf8SingleLineRawStringLiteralToken
        or SyntaxKind.Utf8MultiLineRawStringLiteralToken;

    // The letters Vietnamese adds to the Latin alphabet: đ, ă, â, ê, ô, ơ, ư and the five tone marks on any vowel.
    private static bool IsVietnameseLetter(char c) => VietnameseLetters.Contains(char.ToLowerInvariant(c));

    private const string VietnameseLetters =
        "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
}
