"""One APIRouter per resource, collected by :func:`service.main.create_app`."""
