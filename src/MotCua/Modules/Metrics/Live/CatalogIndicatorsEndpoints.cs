using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Common.Web;

namespace MotCua.Modules.Metrics.Live;

/// <summary>One procedure behind a catalogue-based chỉ số 766 (1.1, 1.3, 3.4, 3.5) in the API.</summary>
internal sealed record Procedure766Dto(string Code, string Name, bool InNumerator, string Why);

internal sealed record Procedures766Dto(string Indicator, string Side, int Total, IReadOnlyList<Procedure766Dto> Items);

/// <summary>5.1's count of one PAKN category in the API.</summary>
internal sealed record PetitionCategory766Dto(string Category, string Name, int Count);

/// <summary>
/// <c>GET /api/v1/metrics/766/{indicator}/procedures</c> (ADR-062): the procedures behind a catalogue-based chỉ số, as
/// <see cref="ProceduresModel"/> lists them, for the agency's service account (its own agency only); and the API's
/// extra fields of 2.2 (unit) and 5.1 (categories).
/// </summary>
internal static class CatalogIndicatorsEndpoints
{
    private static readonly TextParameter Side = new("side") { Values = ["mau-so", "tu-so"], Description = "`mau-so` (default: every procedure of the mẫu số) or `tu-so` (those of the tử số)." };

    public static RouteGroupBuilder MapCatalogIndicators(this RouteGroupBuilder api)
    {
        api.MapGet("/{indicator}/procedures", ProceduresAsync)
            .WithParameters([.. Live766Endpoints.ScopeAndPeriod, Side])
            .WithName("GetScore766Procedures")
            .WithSummary("The procedures (TTHC) behind a catalogue-based chỉ số's tử số or mẫu số (1.1, 1.3, 3.4, 3.5), each with why it counts")
            .WithDescription("1.1: TTHC with a Quyết định công bố dated in the period, on time when signed at least 5 working days before the act it implements "
                + "takes effect; 1.3: TTHC in force today with components a–g of NĐ 63/2010 Điều 8 khoản 2; 3.4 and 3.5: TTHC in force today charging a fee, "
                + "with a dossier of the period paid online (3.4) or carrying fees (3.5). The list's length is the figure (ADR-062).")
            .Produces<Procedures766Dto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>The API address of a catalogue-based figure's list, or null for the other chỉ số (and a missing one).</summary>
    public static string? ProceduresLink(LiveIndicator indicator, Live766Query query, ItemSide side) =>
        CatalogIndicators.ProcedureLists.Contains(indicator.Definition.Id) && !indicator.Score.IsMissing
            ? "/api/v1/metrics/766/" + Uri.EscapeDataString(indicator.Definition.Id) + "/procedures"
              + QueryString.Create(query.Parameters().Append(new("side", Live766Endpoints.SideName(side)))).ToUriComponent()
            : null;

    public static string? Unit(Live766Result result, string indicator) =>
        indicator == "2.2" && result.Catalog?.Average is { } average ? average.Unit.ToString() : null;

    public static IReadOnlyList<PetitionCategory766Dto>? Categories(Live766Result result, string indicator) =>
        indicator == "5.1" && result.Catalog is { } figures ? [.. figures.ByCategory.Select(c => new PetitionCategory766Dto(c.Category.ToString(), c.Name, c.Count))] : null;

    private static async Task<IResult> ProceduresAsync(
        string indicator, [Microsoft.AspNetCore.Http.AsParameters] Live766Endpoints.Query766 query, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "side")] string? sideText,
        Live766Scopes scopes, Live766 live, CatalogIndicators catalog, CancellationToken cancellationToken)
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

        if (Live766Endpoints.ReadSide(sideText) is not { } side)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["side"] = [Text("Error_Side")] }, title: Text("Error_Title"));
        }

        if (live.SetFor(request.Period!)?.Find(indicator) is null || !CatalogIndicators.ProcedureLists.Contains(indicator))
        {
            return TypedResults.Problem(Text("Error_NoProcedureList"), statusCode: StatusCodes.Status404NotFound);
        }

        var at = live.JudgedAt(request.Period!);
        var received = (await live.RowsAsync(request.Scope!, cancellationToken)).Where(PeriodMembership.Received(request.Period!.StartUtc, at));
        var all = (await catalog.ItemsAsync(request.Scope!, request.Period!, received, cancellationToken))[indicator];
        var rows = side == ItemSide.Numerator ? all.Where(r => r.InNumerator).ToList() : all;
        return TypedResults.Ok(new Procedures766Dto(indicator, Live766Endpoints.SideName(side), rows.Count, [.. rows.Select(r => new Procedure766Dto(r.Code, r.Name, r.InNumerator, r.Why))]));
    }

    private static string Text(string name, params object[] arguments) => ResourceText.Get<Live766Text>(name, arguments);
}
