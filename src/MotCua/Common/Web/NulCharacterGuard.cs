using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using MotCua.Common.Localization;

namespace MotCua.Common.Web;

/// <summary>
/// Refuses the NUL character (U+0000) in every query string, route value, form and JSON body before a page, an endpoint
/// or the database sees it: PostgreSQL cannot store it in text (an exception, a 500) while SQLite would keep it, so both
/// databases answer alike. The API answers a ValidationProblem naming the field; a page answers 400 with the error page's
/// message. Multipart forms are read by the page or the endpoint with its own size limits, so <see cref="PageFilter"/> checks
/// those of pages and <see cref="RefuseForm"/> those of API endpoints, file names included. A url-encoded form over the
/// reader's limits answers 413 instead of the reader's exception.
/// </summary>
internal sealed class NulCharacterGuard(RequestDelegate next, IStringLocalizer<SharedText> text)
{
    /// <summary>The key under which a refused page request leaves the message for the error page.</summary>
    public const string RefusalKey = "MotCua.InputRefusal";

    private const int MaxJsonDepth = 256;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        var request = context.Request;
        string? field;
        try
        {
            field = Find(request.Query) ?? FindInRoute(request.RouteValues) ?? await FindInBodyAsync(request, context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // The form reader's limits (key, value or count): the whole request is refused, as the framework's own binding does.
            string tooLarge = text["Input_TooLarge"];
            await (IsApi(context) ? Results.Problem(title: tooLarge, statusCode: StatusCodes.Status413PayloadTooLarge) : RefusePage(context, tooLarge, StatusCodes.Status413PayloadTooLarge))
                .ExecuteAsync(context);
            return;
        }

        if (field is null)
        {
            await next(context);
            return;
        }

        await Refuse(context, field, text).ExecuteAsync(context);
    }

    /// <summary>The first query or form field whose name or value holds a NUL character.</summary>
    public static string? Find(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> fields) =>
        fields.Where(f => f.Key.Contains('\0') || f.Value.Any(v => v?.Contains('\0') == true)).Select(f => f.Key).FirstOrDefault();

    /// <summary>The field of the first uploaded file whose field name or file name holds a NUL character.</summary>
    public static string? FindInFileNames(IFormFileCollection files) =>
        files.Where(f => f.Name.Contains('\0') || f.FileName.Contains('\0')).Select(f => f.Name).FirstOrDefault();

    /// <summary>
    /// For an API endpoint that reads a multipart form itself: the ValidationProblem naming the field whose name or value, or
    /// whose file's name, holds a NUL character; null when none does.
    /// </summary>
    public static ValidationProblem? RefuseForm(IFormCollection form, IStringLocalizer<SharedText> text) =>
        Find(form) is { } field ? Problem(field, text["Input_NulCharacter"])
        : FindInFileNames(form.Files) is { } file ? Problem(file, text["Input_NulInFileName"])
        : null;

    /// <summary>The message for a NUL in a form that a page read, or null when there is none.</summary>
    private static string? Refusal(IFormCollection form, IStringLocalizer<SharedText> text) =>
        Find(form) is not null ? text["Input_NulCharacter"].Value : FindInFileNames(form.Files) is not null ? text["Input_NulInFileName"].Value : null;

    private static IResult Refuse(HttpContext context, string field, IStringLocalizer<SharedText> text) =>
        IsApi(context) ? Problem(field, text["Input_NulCharacter"]) : RefusePage(context, text["Input_NulCharacter"], StatusCodes.Status400BadRequest);

    private static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field.Replace("\0", "\\0", StringComparison.Ordinal)] = [message] });

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || context.Request.Path.StartsWithSegments("/open311", StringComparison.OrdinalIgnoreCase);

    /// <summary>A bodiless status that re-executes to the error page, with the message left for it.</summary>
    private static IResult RefusePage(HttpContext context, string message, int status)
    {
        context.Items[RefusalKey] = message;
        return Results.StatusCode(status);
    }

    private static string? FindInRoute(RouteValueDictionary values) =>
        values.Where(v => v.Value is string s && s.Contains('\0')).Select(v => v.Key).FirstOrDefault();

    private static async Task<string?> FindInBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasJsonContentType())
        {
            request.EnableBuffering();
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            request.Body.Position = 0;
            return FindInJson(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }

        if (!request.HasFormContentType || !MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The framework's form reader refuses an encoded NUL (%00) as an unreadable form, without naming the field: look first.
        request.EnableBuffering();
        using (var reader = new StreamReader(request.Body, leaveOpen: true))
        {
            var encoded = (await reader.ReadToEndAsync(cancellationToken)).Split('&').FirstOrDefault(p => p.Contains("%00", StringComparison.Ordinal));
            request.Body.Position = 0;
            if (encoded is not null)
            {
                return Uri.UnescapeDataString(encoded.Split('=')[0].Replace('+', ' '));
            }
        }

        return Find(await request.ReadFormAsync(cancellationToken));
    }

    /// <summary>The JSON path (<c>applicant.name</c>, <c>components[2]</c>) of the first string holding a NUL; null when none or not JSON.</summary>
    public static string? FindInJson(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxJsonDepth });
        var path = new List<(string? Property, int Index)>();
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    path[^1] = (name, -1);
                    if (name.Contains('\0'))
                    {
                        return Describe(path);
                    }

                    continue;
                }

                if (path.Count > 0 && path[^1].Property is null)
                {
                    path[^1] = (null, path[^1].Index + 1);
                }

                if (reader.TokenType == JsonTokenType.String && reader.GetString()!.Contains('\0'))
                {
                    return Describe(path);
                }

                if (reader.TokenType is JsonTokenType.StartObject)
                {
                    path.Add(("", -1));
                }
                else if (reader.TokenType is JsonTokenType.StartArray)
                {
                    path.Add((null, -1));
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the endpoint's binding answers 400 for it.
        }

        return null;
    }

    private static string Describe(List<(string? Property, int Index)> path) =>
        string.Concat(path.Select((p, i) => p.Property is null ? $"[{p.Index}]" : i == 0 ? p.Property : "." + p.Property)) is { Length: > 0 } described ? described : "$";

    /// <summary>Checks the forms of pages once read, for multipart forms, which the page reads itself with its own size limits (uploads).</summary>
    internal sealed class PageFilter(IStringLocalizer<SharedText> text) : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            // The form as the page read it (antiforgery and binding read it before the handler runs); never read here. The
            // error page that a refusal re-executes to sees the same form, and must show the message rather than refuse again.
            if (context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null
                && context.HttpContext.Features.Get<IFormFeature>()?.Form is { } form && Refusal(form, text) is { } message)
            {
                context.HttpContext.Items[RefusalKey] = message;
                context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
                return;
            }

            await next();
        }
    }
}
