using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Testing;

namespace MotCua.Benchmarks.Online;

/// <summary>
/// Citizens on the portal: registers <c>--citizens</c> accounts, then each of them, concurrently and with a think time
/// between clicks, browses the catalogue (search, procedure page) and applies online (start, e-form saved, two small
/// uploads, submit, the dossier's page), over and over for <c>--seconds</c>. Prints latency percentiles of page loads
/// (GET) and of form posts separately, throughput and dossiers submitted.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/MotCua.Benchmarks -- citizen-portal --provider PostgreSQL
/// --pg "Host=127.0.0.1;Port=55900;Username=postgres;Database=postgres" [--citizens 200] [--seconds 120] [--think-ms 2000]</c>
/// — <c>--think-ms 0</c> sends back to back (a saturation test, not citizens).
/// </remarks>
internal sealed partial class CitizenPortalLoad : ILoadGenerator
{
    private const string Procedure = "1.010814";
    private const string Password = "CongDan#2026";

    private static readonly string[] Searches = ["q=tro%20cap", "q=liet%20si", "q=giay%20phep", "q=ho%20tich&page=2", "q=1.010814", "field=NCC"];

    private static readonly byte[] Upload = Encoding.ASCII.GetBytes("%PDF-1.4\n" + new string('x', 20_000) + "\n%%EOF\n");

    public string Name => "citizen-portal";

    public async Task<int> RunAsync(string[] args)
    {
        var values = LoadHarness.Arguments(args);
        var provider = values.GetValueOrDefault("provider", "PostgreSQL");
        var citizens = values.Int("citizens", 200, 2000);
        var seconds = values.Int("seconds", 120, 3600);
        var think = values.TryGetValue("think-ms", out var t) ? int.Parse(t, CultureInfo.InvariantCulture) : 2000;
        var (app, baseAddress) = LoadHarness.Start(provider, values.GetValueOrDefault("pg"));
        await using var _ = app;
        Console.WriteLine($"{app.ProviderName}; serving {baseAddress}; registering {citizens} citizens…");

        var clients = new HttpClient[citizens];
        var registering = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, citizens), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            clients[i] = await RegisterAsync(app, baseAddress, i));
        Console.WriteLine($"Registered in {registering.Elapsed.TotalSeconds:F0} s; running {seconds} s with a think time of {think} ms.");

        var pages = new List<double>();
        var posts = new List<double>();
        var errors = 0;
        var submitted = 0;
        var deadline = TimeSpan.FromSeconds(seconds);
        var clock = Stopwatch.StartNew();
        async Task<string?> TimedAsync(HttpClient client, HttpMethod method, string url, HttpContent? content = null)
        {
            await Task.Delay(think == 0 ? 0 : Random.Shared.Next(think / 2, think * 3 / 2));
            using var request = new HttpRequestMessage(method, url) { Content = content };
            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var ok = method == HttpMethod.Get ? response.StatusCode == HttpStatusCode.OK : response.StatusCode == HttpStatusCode.Redirect;
            lock (pages)
            {
                (method == HttpMethod.Get ? pages : posts).Add(ms);
                errors += ok ? 0 : 1;
            }

            return !ok ? null : method == HttpMethod.Get ? body : response.Headers.Location?.OriginalString;
        }

        await Task.WhenAll(clients.Select(async (client, i) =>
        {
            while (clock.Elapsed < deadline)
            {
                await TimedAsync(client, HttpMethod.Get, "/procedures?" + Searches[Random.Shared.Next(Searches.Length)]);
                await TimedAsync(client, HttpMethod.Get, "/procedures/" + Procedure);
                var start = await TimedAsync(client, HttpMethod.Get, "/dich-vu-cong/" + Procedure);
                var draft = start is null ? null : await TimedAsync(client, HttpMethod.Post, "/dich-vu-cong/" + Procedure, Form(start, []));
                if (draft is null)
                {
                    continue;
                }

                var form = await TimedAsync(client, HttpMethod.Get, draft);
                if (form is null || await TimedAsync(client, HttpMethod.Post, draft + "?handler=Save", Form(form, Values(i))) is null)
                {
                    continue;
                }

                foreach (var position in new[] { 1, 2 })
                {
                    await TimedAsync(client, HttpMethod.Post, draft + "?handler=Upload", Multipart(form, position));
                }

                var dossier = await TimedAsync(client, HttpMethod.Post, draft + "?handler=Submit", Form(form, Values(i)));
                if (dossier is not null && await TimedAsync(client, HttpMethod.Get, dossier) is not null)
                {
                    Interlocked.Increment(ref submitted);
                }
            }
        }));
        clock.Stop();

        pages.Sort();
        posts.Sort();
        Console.WriteLine("| provider | citizens | think ms | seconds | page loads | page p50 ms | page p95 ms | page p99 ms | posts | post p50 ms | post p99 ms | req/s | dossiers submitted | errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {app.ProviderName} | {citizens} | {think} | {clock.Elapsed.TotalSeconds:F0} | {pages.Count} | {LoadHarness.Percentile(pages, 50):F1} | {LoadHarness.Percentile(pages, 95):F1} | {LoadHarness.Percentile(pages, 99):F1} | {posts.Count} | {LoadHarness.Percentile(posts, 50):F1} | {LoadHarness.Percentile(posts, 99):F1} | {(pages.Count + posts.Count) / clock.Elapsed.TotalSeconds:F0} | {submitted} | {errors} |"));
        return errors == 0 ? 0 : 1;
    }

    private static async Task<HttpClient> RegisterAsync(BenchmarkFactory app, Uri baseAddress, int i)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        var email = $"cd{i}.{Guid.NewGuid():N}@example.vn";
        var form = await client.GetStringAsync("/tai-khoan/dang-ky");
        using var registered = await client.PostAsync("/tai-khoan/dang-ky", Form(form,
            [new("Input.FullName", $"Công Dân {i}"), new("Input.Contact", email), new("Input.Password", Password), new("Input.ConfirmPassword", Password), new("Input.Consent", "true")]));
        var verify = registered.Headers.Location!.OriginalString;
        string code;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var body = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.Where(m => m.Recipient == email).Select(m => m.Body).FirstAsync();
            code = SixDigits().Match(body).Value;
        }

        using var verified = await client.PostAsync(verify, Form(await client.GetStringAsync(verify), [new("Code", code)]));
        return verified.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException("registration failed for " + email);
    }

    private static List<KeyValuePair<string, string>> Values(int i) =>
    [
        new("ApplicantName", $"Công Dân {i}"), new("IdentityNumber", "001090012345"), new("Address", "Số 1, phường Hồng Hà"), new("Phone", "0912345678"),
        new("ReturnMethod", "Online"), new("f.hoTenLietSi", "Nguyễn Văn Bảy"), new("f.noiCoMo.street", "Nghĩa trang liệt sĩ"), new("f.noiCoMo.ward", "Xã Vĩnh Trường"),
        new("f.noiCoMo.province", "Tỉnh Quảng Trị"), new("f.ngayDuKien", "2027-04-20"), new("f.nguoiDi[0].hoTen", $"Công Dân {i}"),
        new("f.nguoiDi[0].soDinhDanh", "001090012345"), new("f.nguoiDi[0].quanHe", "Con"),
    ];

    private static FormUrlEncodedContent Form(string page, List<KeyValuePair<string, string>> fields) =>
        new([.. fields, new("__RequestVerificationToken", SignIn.AntiforgeryToken(page))]);

    private static MultipartFormDataContent Multipart(string page, int position)
    {
        var file = new ByteArrayContent(Upload);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent
        {
            { new StringContent(position.ToString(CultureInfo.InvariantCulture)), "position" },
            { new StringContent(SignIn.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { file, "file", $"thanh-phan-{position}.pdf" },
        };
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
