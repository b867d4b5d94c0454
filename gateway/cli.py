"""`omnichat-gateway` command line: serve, worker, migrate, seed-demo, create-tenant, staff."""

from __future__ import annotations

import logging
import os
from typing import Annotated

import typer

from gateway.core.config import Settings
from gateway.db.migrate import run_migrations
from gateway.db.session import create_db_engine, create_session_factory, session_scope
from gateway.staff.cli import create_admin, staff_app

app = typer.Typer(help="omnichat gateway administration.", no_args_is_help=True)
app.add_typer(staff_app, name="staff")
app.command("create-admin")(create_admin)


def _seed(settings: Settings) -> str:
    from gateway.demo import seed_demo

    engine = create_db_engine(settings.database_url)
    try:
        with session_scope(create_session_factory(engine)) as session:
            seed = seed_demo(session, settings.omnichat_demo_api_key, with_staff=True)
    finally:
        engine.dispose()
    for username, password in seed.staff_passwords.items():
        shown = f"password (shown once): {password}" if password else "password from the env"
        typer.echo(f"dashboard user {username!r} created, {shown}")
    return seed.api_key


@app.command()
def migrate() -> None:
    """Upgrade the database at DATABASE_URL to the latest schema."""
    settings = Settings()
    run_migrations(settings.database_url)
    typer.echo("database migrated")


@app.command("seed-demo")
def seed_demo_command(
    base_url: Annotated[str, typer.Option(help="Gateway URL shown in the curl example.")] = (
        "http://127.0.0.1:8000"
    ),
) -> None:
    """Migrate, seed the demo tenant and print its API key (OMNICHAT_DEMO_API_KEY if set)."""
    from gateway.demo import curl_example

    settings = Settings()
    run_migrations(settings.database_url)
    key = _seed(settings)
    typer.echo(f"demo API key: {key}")
    typer.echo(curl_example(base_url, key))


@app.command("create-tenant")
def create_tenant_command(
    slug: Annotated[str, typer.Argument(help="Short unique name, e.g. fibra-norte.")],
    name: Annotated[str, typer.Option(help="Display name.")] = "",
) -> None:
    """Create a tenant and print its first API key (shown once)."""
    from gateway.schemas.tenant import TenantCreate
    from gateway.services.tenants import add_api_key, create_tenant

    data = TenantCreate(slug=slug, name=name or slug)
    settings = Settings()
    run_migrations(settings.database_url)
    engine = create_db_engine(settings.database_url)
    try:
        with session_scope(create_session_factory(engine)) as session:
            try:
                tenant = create_tenant(session, data.slug, data.name)
            except ValueError as exc:
                raise typer.BadParameter(str(exc)) from exc
            key = add_api_key(session, tenant)
    finally:
        engine.dispose()
    typer.echo(f"tenant {data.slug} created; API key (shown once): {key}")


def configure_logging() -> None:
    """Our loggers' INFO lines (decisions, deliveries) next to uvicorn's; masked by the app.

    httpx logs every request it makes at INFO: a line per model-server call and per webhook
    attempt, which the flow's and the delivery worker's own lines already cover (their failures
    are logged as warnings by the callers), so it speaks only from WARNING up.
    """
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(name)s: %(message)s")
    logging.getLogger().setLevel(logging.INFO)  # also when a handler was installed before
    for chatty in ("httpx", "httpcore"):
        logging.getLogger(chatty).setLevel(logging.WARNING)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Bind address.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    seed_demo: Annotated[bool, typer.Option(help="Seed the demo tenant first.")] = True,
    workers: Annotated[int, typer.Option(min=1, help="Uvicorn worker processes.")] = 1,
) -> None:
    """Migrate, optionally seed the demo tenant, and serve the API with uvicorn."""
    import uvicorn

    from gateway.demo import curl_example

    configure_logging()
    settings = Settings()
    run_migrations(settings.database_url)
    if seed_demo:
        key = _seed(settings)
        typer.echo(f"demo API key: {key}")
        typer.echo(curl_example(f"http://{host}:{port}", key))
    # Migrations ran above; worker processes must not race to run them again.
    os.environ["AUTO_MIGRATE"] = "false"
    uvicorn.run(
        "gateway.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
        access_log=settings.access_log,
    )


@app.command()
def worker(
    threads: Annotated[int, typer.Option(min=1, max=64, help="Dramatiq worker threads.")] = 4,
) -> None:
    """Deliver webhooks and CSAT surveys (Dramatiq when BROKER_URL or REDIS_URL is set)."""
    from gateway.webhooks.process import run_worker

    configure_logging()
    settings = Settings()
    run_migrations(settings.database_url)
    run_worker(settings, threads, echo=typer.echo)


def main() -> None:
    """Console entry point (`gateway.cli:main`)."""
    app()


if __name__ == "__main__":
    main()
