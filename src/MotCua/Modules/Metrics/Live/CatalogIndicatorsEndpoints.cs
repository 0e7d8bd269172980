using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Common.Web;

namespace MotCua.Modules.Metrics.Live;

/// <summary>One procedure (for 1.2, one decision) behind a catalogue-based chỉ số 766 (CatalogIndicators.ProcedureLists) in the API.</summary>
internal sealed record Procedure766Dto(string Code, string Name, bool InNumerator, string Why);

/// <summary>
/// One page (50 procedures, mã TTHC order) of a catalogue-based chỉ số's list; <c>total</c> is the whole list's length — the
/// figure (for 1.1's <c>khong-tinh</c>, the procedures left out). <c>next</c> and <c>previous</c> address the pages around it.
/// </summary>
internal sealed record Procedures766Dto(
    string Indicator, string Side, int Total, int Page, int PageCount, string? Next, string? Previous, IReadOnlyList<Procedure766Dto> Items);

/// <summary>5.1's count of one PAKN category in the API.</summary>
internal sealed record PetitionCategory766Dto(string Category, string Name, int Count);

/// <summary>
/// <c>GET /api/v1/metrics/766/{indicator}/procedures</c> (ADR-062): the procedures behind a catalogue-based chỉ số, as
/// <see cref="ProceduresModel"/> lists them, for the agency's service account (its own agency only); and the API's
/// extra fields of 2.2 (unit) and 5.1 (categories).
/// </summary>
internal static class CatalogIndicatorsEndpoints
{
    /// <summary>1.1's list of the procedures whose Quyết định công bố lacks the act's effective date: left out of the figure (ADR-062 addendum).</summary>
    public const string LeftOutSide = "khong-tinh";

    /// <summary>Procedures per page of a list.</summary>
    public const int PageSize = 50;

    private static readonly TextParameter Side = new("side")
    {
        Values = ["mau-so", "tu-so", LeftOutSide],
        Description = "`mau-so` (default: every procedure of the mẫu số), `tu-so` (those of the tử số) or, for 1.1 only, `khong-tinh` (procedures whose "
            + "Quyết định công bố lacks the effective date of the act it implements, left out of both).",
    };

    /// <summary>The page of a list (50 procedures each).</summary>
    public static readonly IntegerParameter Page = new("page", 1, int.MaxValue) { Default = 1, Description = "The page (50 procedures each, mã TTHC order); past the last, the last." };

    public static RouteGroupBuilder MapCatalogIndicators(this RouteGroupBuilder api)
    {
        api.MapGet("/{indicator}/procedures", ProceduresAsync)
            .WithParameters([.. Live766Endpoints.ScopeAndPeriod, Side, Page])
            .WithName("GetScore766Procedures")
            .WithSummary("The procedures (TTHC) behind a catalogue-based chỉ số's tử số or mẫu số (1.1, 1.2, 1.3, 3.1, 3.2, 3.4, 3.5), each with why it counts")
            .WithDescription("1.1: TTHC with a Quyết định công bố dated in the period, on time when signed at least 5 working days before the act it implements "
                + "takes effect; 1.2: the Quyết định công bố of the period, one row each, published within 5 working days of signing; 1.3: TTHC in force today "
                + "with components a–g of NĐ 63/2010 Điều 8 khoản 2; 3.1: TTHC in force with their online level; 3.2: online services with the online "
                + "dossiers they received in the period; 3.4 and 3.5: TTHC in force today charging a fee, "
                + "with a dossier of the period paid online (3.4) or carrying fees (3.5). The list's length (`total`) is the figure (ADR-062); 50 per page in mã TTHC order. "
                + "1.1 leaves out a decision without the act's effective date; `side=khong-tinh` lists those procedures.")
            .Produces<Procedures766Dto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary><c>GET /metrics/766/{indicator}/thu-tuc.xlsx</c>: a whole procedure list as .xlsx, for the 766 page's readers.</summary>
    public static IEndpointRouteBuilder MapCatalogIndicatorExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics/766/{indicator}/thu-tuc.xlsx", ExportAsync)
            .RequireAuthorization(p => p.RequireRole(Live766Scopes.Readers))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The list's side from the query: <see cref="Live766Endpoints.ReadSide"/>'s, or 1.1's <see cref="LeftOutSide"/> (leftOut); null when unknown.</summary>
    public static (ItemSide Side, bool LeftOut)? ReadSide(string? text, string indicator) =>
        text?.Trim() == LeftOutSide ? (indicator == "1.1" ? (ItemSide.Denominator, true) : null)
        : Live766Endpoints.ReadSide(text) is { } side ? (side, false) : null;

    public static string SideName(ItemSide side, bool leftOut) => leftOut ? LeftOutSide : Live766Endpoints.SideName(side);

    /// <summary>
    /// The whole list of one side, in mã TTHC order: the rows the figure counts (<see cref="CatalogIndicators.ItemsAsync"/>, that
    /// list alone, read as the 766 page reads it), or 1.1's procedures left out.
    /// </summary>
    public static async Task<IReadOnlyList<ProcedureItem766>> ListAsync(
        Live766 live, CatalogIndicators catalog, Scope766 scope, Periods.ReportPeriod period, string indicator, ItemSide side, bool leftOut, CancellationToken cancellationToken)
    {
        var received = PeriodMembership.Received(period.StartUtc, live.JudgedAt(period));
        var lists = await catalog.ItemsAsync(scope, period, await live.CountedAsync(scope, period, cancellationToken), received, indicator, cancellationToken);
        return leftOut ? lists.Undated11 : side == ItemSide.Numerator ? [.. lists[indicator].Where(r => r.InNumerator)] : lists[indicator];
    }

    /// <summary>A list's address under <paramref name="root"/> (the page's <c>/metrics/766/</c>, or the API's), with <paramref name="suffix"/> (".xlsx") and a page.</summary>
    public static string Link(string root, string path, string indicator, Live766Query query, ItemSide side, bool leftOut, string suffix = "", int page = 1) =>
        root + Uri.EscapeDataString(indicator) + path + suffix
        + QueryString.Create(query.Parameters().Append(new("side", SideName(side, leftOut)))
            .Concat(page > 1 ? [new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))] : [])).ToUriComponent();

    /// <summary>The API address of a catalogue-based figure's list, or null for the other chỉ số (and a missing one).</summary>
    public static string? ProceduresLink(LiveIndicator indicator, Live766Query query, ItemSide side) =>
        CatalogIndicators.ProcedureLists.Contains(indicator.Definition.Id) && !indicator.Score.IsMissing
            ? Link("/api/v1/metrics/766/", "/procedures", indicator.Definition.Id, query, side, leftOut: false)
            : null;

    /// <summary>1.1: how many Quyết định công bố of the period were left out for want of the act's effective date (null for the other chỉ số).</summary>
    public static int? UndatedDecisions(Live766Result result, string indicator) =>
        indicator == "1.1" && result.Catalog is { } figures ? figures.UndatedDecisions11 : null;

    /// <summary>1.1: the API address of the procedures whose decisions were left out, when there are any.</summary>
    public static string? UndatedLink(Live766Result result, string indicator) =>
        UndatedDecisions(result, indicator) > 0 ? Link("/api/v1/metrics/766/", "/procedures", indicator, Live766Query.Of(result.Scope, result.Period), ItemSide.Denominator, leftOut: true) : null;

    public static string? Unit(Live766Result result, string indicator) =>
        indicator == "2.2" && result.Catalog?.Average is { } average ? average.Unit.ToString() : null;

    public static IReadOnlyList<PetitionCategory766Dto>? Categories(Live766Result result, string indicator) =>
        indicator == "5.1" && result.Catalog is { } figures ? [.. figures.ByCategory.Select(c => new PetitionCategory766Dto(c.Category.ToString(), c.Name, c.Count))] : null;

    private static async Task<IResult> ProceduresAsync(
        string indicator, [Microsoft.AspNetCore.Http.AsParameters] Live766Endpoints.Query766 query, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "side")] string? sideText,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] string? pageText, Live766Scopes scopes, Live766 live, CatalogIndicators catalog, CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(query.Live, cancellationToken);
        if (request.Forbidden)
        {
            return TypedResults.Problem(Text("Error_NotYourAgency"), statusCode: StatusCodes.Status403Forbidden);
        }

        if (!request.IsValid)
        {
            return TypedResults.ValidationProblem(request.Problems.ToProblemErrors(), title: Text("Error_Title"));
        }

        var problems = new Dictionary<string, string[]>();
        var read = ReadSide(sideText, indicator);
        if (read is null)
        {
            problems["side"] = [Text("Error_Side")];
        }

        if (Page.Read(pageText, out var pageNumber) != ParameterReading.Valid)
        {
            problems["page"] = [Text("Error_Page")];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems, title: Text("Error_Title"));
        }

        if (live.SetFor(request.Period!)?.Find(indicator) is null || !CatalogIndicators.ProcedureLists.Contains(indicator))
        {
            return TypedResults.Problem(Text("Error_NoProcedureList"), statusCode: StatusCodes.Status404NotFound);
        }

        var side = read!.Value;
        var all = await ListAsync(live, catalog, request.Scope!, request.Period!, indicator, side.Side, side.LeftOut, cancellationToken);
        var (rows, number, count) = Paging.Slice(all, pageNumber ?? 1, PageSize);
        var here = Live766Query.Of(request.Scope!, request.Period!);
        string At(int page) => Link("/api/v1/metrics/766/", "/procedures", indicator, here, side.Side, side.LeftOut, page: page);
        return TypedResults.Ok(new Procedures766Dto(
            indicator, SideName(side.Side, side.LeftOut), all.Count, number, count, number < count ? At(number + 1) : null, number > 1 ? At(number - 1) : null,
            [.. rows.Select(r => new Procedure766Dto(r.Code, r.Name, r.InNumerator, r.Why))]));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ForbidHttpResult, NotFound>> ExportAsync(
        string indicator, [Microsoft.AspNetCore.Http.AsParameters] Live766Endpoints.Query766 query, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "side")] string? sideText,
        Live766Scopes scopes, Live766 live, CatalogIndicators catalog, CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(query.Live, cancellationToken);
        if (request.Forbidden)
        {
            return TypedResults.Forbid();
        }

        if (!request.IsValid)
        {
            return TypedResults.ValidationProblem(request.Problems.ToProblemErrors(), title: Text("Error_Title"));
        }

        if (ReadSide(sideText, indicator) is not { } side || live.SetFor(request.Period!)?.Find(indicator) is not { } definition
            || !CatalogIndicators.ProcedureLists.Contains(indicator))
        {
            return TypedResults.NotFound();
        }

        var rows = await ListAsync(live, catalog, request.Scope!, request.Period!, indicator, side.Side, side.LeftOut, cancellationToken);
        return TypedResults.File(
            Live766Xlsx.Procedures(definition, request.Scope!, request.Period!, ProceduresModel.SideLabel(side.Side, side.LeftOut), rows),
            Live766Endpoints.XlsxContentType, Live766Xlsx.ProceduresFileName(indicator, request.Period!, SideName(side.Side, side.LeftOut)));
    }

    private static string Text(string name, params object[] arguments) => ResourceText.Get<Live766Text>(name, arguments);
}
