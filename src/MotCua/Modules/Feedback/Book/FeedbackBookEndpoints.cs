using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using MotCua.Common.Documents.Docx;
using MotCua.Common.Validation;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Feedback.Book;

/// <summary>
/// The book's wiring, and <c>GET /feedback/book.xlsx</c>, <c>.pdf</c> and <c>.docx</c>: the page's selection as a file, for
/// staff of the agency (province-wide officers name it with <c>agency=</c>). Bad parameters and selections over
/// <see cref="FeedbackBook.ExportLimit"/> entries get a 400 with the page's Vietnamese messages.
/// </summary>
internal static class FeedbackBookEndpoints
{
    public static IServiceCollection AddFeedbackBook(this IServiceCollection services) => services.AddScoped<FeedbackBook>();

    public static IEndpointRouteBuilder MapFeedbackBook(this IEndpointRouteBuilder app)
    {
        foreach (var format in Enum.GetValues<BookFormat>())
        {
            app.MapGet("/feedback/book." + format.ToString().ToLowerInvariant(), ([AsParameters] FeedbackBookQuery query, FeedbackBook book, IStringLocalizer<FeedbackBookText> text, CancellationToken cancellationToken) =>
                    ExportAsync(query, book, text, format, cancellationToken))
                .RequireAuthorization(Policies.ReadFeedback)
                .ExcludeFromDescription();
        }

        return app;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        FeedbackBookQuery query, FeedbackBook book, IStringLocalizer<FeedbackBookText> text, BookFormat format, CancellationToken cancellationToken)
    {
        var (agency, criteria, problems) = await book.OpenAsync(query, cancellationToken);
        if (agency is null || criteria is null)
        {
            return Problem(text, problems);
        }

        var extract = await book.ExportAsync(agency, criteria, cancellationToken);
        if (extract.Rows is not { } rows)
        {
            return Problem(text, [FeedbackBook.TooMany(extract.Total)]);
        }

        var name = FeedbackBookDocuments.FileName(agency, criteria, format.ToString().ToLowerInvariant());
        return format switch
        {
            BookFormat.Pdf => TypedResults.File(FeedbackBookDocuments.Pdf(agency, criteria, rows), "application/pdf", name),
            BookFormat.Docx => TypedResults.File(FeedbackBookDocuments.Docx(agency, criteria, rows), DocxRenderer.ContentType, name),
            _ => TypedResults.File(FeedbackBookDocuments.Xlsx(agency, criteria, rows), FeedbackBookDocuments.XlsxContentType, name),
        };
    }

    private static ValidationProblem Problem(IStringLocalizer<FeedbackBookText> text, IReadOnlyList<RuleFailure> problems) =>
        TypedResults.ValidationProblem(problems.ToProblemErrors(), title: text["Error_Title"]);

    private enum BookFormat
    {
        Xlsx,
        Pdf,
        Docx,
    }
}
