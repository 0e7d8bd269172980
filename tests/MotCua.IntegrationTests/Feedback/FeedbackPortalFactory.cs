using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Flow;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>
/// The application storing PAKN attachments in a folder of its own, with a guest sending limit of
/// <see cref="SubmissionsPer10Minutes"/> (every test client comes from the same address).
/// </summary>
public class FeedbackPortalFactory : MotCuaFactory
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "motcua-feedback-" + Guid.NewGuid().ToString("N"));

    protected virtual int SubmissionsPer10Minutes => 100_000;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Feedback:Attachments:Path"] = Folder,
        ["Feedback:SubmissionsPer10Minutes"] = SubmissionsPer10Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Every file under the store's folder, including unfinished ones.</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(Folder) ? [.. Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)] : [];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The same with a guest limit of two sends per ten minutes.</summary>
public sealed class GuestLimitFactory : FeedbackPortalFactory
{
    protected override int SubmissionsPer10Minutes => 2;
}

/// <summary>Sending through /gui-pakn and acting as the agency, for the citizen pages' tests.</summary>
internal static partial class FeedbackPortalSteps
{
    /// <summary>A valid form of a person with a phone ending 5678 (the check digits).</summary>
    public static Dictionary<string, string> Form(string content = "Thủ tục đăng ký kết hôn yêu cầu bản sao giấy khai sinh dù đã có cơ sở dữ liệu hộ tịch.") => new()
    {
        ["Input.Category"] = nameof(PetitionCategory.Unfit),
        ["Input.Content"] = content,
        ["Input.SenderKind"] = nameof(SenderKind.Person),
        ["Input.SenderName"] = "Lê Văn Khải",
        ["Input.Phone"] = "0912 345 678",
        ["Input.ProcedureCode"] = "1.001193",
    };

    /// <summary>Posts the form; on success follows to the receipt and returns its code.</summary>
    public static async Task<(HttpResponseMessage Response, string? Code, string Html)> SendAsync(this HttpClient client, Dictionary<string, string> form)
    {
        var response = await client.SubmitFormAsync("/gui-pakn", form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            return (response, null, await response.Content.ReadAsStringAsync());
        }

        response.Headers.Location!.OriginalString.ShouldBe("/gui-pakn/bien-nhan");
        var receipt = await client.GetStringAsync("/gui-pakn/bien-nhan");
        return (response, CodePattern().Match(receipt).Value, receipt);
    }

    /// <summary>Acts on the PAKN as its agency's staff (control officer, leader and the unit KSTTHC's leader at once).</summary>
    public static async Task<PetitionActResult> StaffAsync(this MotCuaFactory factory, string code, PetitionCommand command)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var petition = await db.Petitions.AsNoTracking().SingleAsync(p => p.Code == code);
        var unit = await db.Units.Where(u => u.AgencyId == petition.AgencyId && u.Code == "KSTTHC").Select(u => u.Id).SingleAsync();
        var actor = new PetitionActor(Guid.NewGuid(), "Vũ Thị Giang", "127.0.0.1",
            FeedbackRoles.ControlOfficer | FeedbackRoles.AgencyLeader | FeedbackRoles.UnitLeader | FeedbackRoles.Specialist, petition.AgencyId, unit, IsSender: false);
        var result = await scope.ServiceProvider.GetRequiredService<PetitionWork>().ActAsync(petition.Id, command with { UnitId = command.UnitId ?? (command.Action == PetitionAction.Assign ? unit : null) }, actor, CancellationToken.None);
        result.Succeeded.ShouldBeTrue(result.BrokenRule?.Message ?? string.Join("; ", result.Errors.Select(e => e.Message)));
        return result;
    }

    /// <summary>Received, assigned, classified, drafted and approved: the sender may rate and reopen.</summary>
    public static async Task AnswerAsync(this MotCuaFactory factory, string code, bool accept = true)
    {
        if (accept)
        {
            await factory.StaffAsync(code, new PetitionCommand(PetitionAction.Accept));
            await factory.StaffAsync(code, new PetitionCommand(PetitionAction.Assign));
        }

        await factory.StaffAsync(code, new PetitionCommand(PetitionAction.Classify) { Grounds = PetitionGrounds.Insufficient });
        await factory.StaffAsync(code, new PetitionCommand(PetitionAction.DraftAnswer)
        {
            Answer = "Quy định hiện hành cho phép khai thác cơ sở dữ liệu hộ tịch thay cho bản sao.", Summary = "Hỏi về giấy tờ khi đăng ký kết hôn.",
            Outcome = PetitionOutcome.ExplainExistingRule,
        });
        await factory.StaffAsync(code, new PetitionCommand(PetitionAction.ApproveAnswer));
    }

    /// <summary>Posts a sender's action on the tracking page with the check digits.</summary>
    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, string code, PetitionAction action, string? text, bool? satisfied = null, string digits = "5678")
    {
        var fields = new Dictionary<string, string> { ["ma"] = code, ["so"] = digits, ["act"] = action.ToString() };
        if (text is not null)
        {
            fields["noi-dung"] = text;
        }

        if (satisfied is { } value)
        {
            fields["hai-long"] = value ? "true" : "false";
        }

        return client.SubmitFormAsync("/tra-cuu-pakn?ma=" + code, fields, "/tra-cuu-pakn?handler=Act");
    }

    [GeneratedRegex(@"PAKN\.\d{8}\.\d{4,}")]
    public static partial Regex CodePattern();
}
