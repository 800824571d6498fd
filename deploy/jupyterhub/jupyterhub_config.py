# A plain JupyterHub for one school server, with ArTech. (With The Littlest JupyterHub or Zero to
# JupyterHub you do not need this file: see docs/guides/school-server.md.)
#
#   Install, as root, into the environment the hub and the students' servers run from:
#     python3 -m venv /opt/artech-hub
#     /opt/artech-hub/bin/pip install "artech-<version>-py3-none-any.whl[hub]" jupyterhub-systemdspawner jupyterhub-idle-culler
#     npm install -g configurable-http-proxy
#   Put this file and artech.py in /etc/jupyterhub/, then start the hub (as root, e.g. as a systemd service):
#     cd /etc/jupyterhub && /opt/artech-hub/bin/jupyterhub -f /etc/jupyterhub/jupyterhub_config.py
#
# Students log in with their own account on this server (PAM), each in their own Linux user, with a
# memory and CPU limit per student (systemd). Servers nobody used for an hour are stopped; their
# files stay. HTTPS: put the hub behind the school's reverse proxy (nginx, Caddy, Apache), or give
# it a certificate with the two ssl_ lines below.
import os
import sys

c = get_config()  # noqa: F821 (JupyterHub gives every config file get_config)
load_subconfig("artech.py")  # noqa: F821  the ArTech part: languages and the landing folder

c.JupyterHub.bind_url = "http://127.0.0.1:8000"  # the reverse proxy sends https://jupyter.myschool.nl here
# c.JupyterHub.bind_url = "https://0.0.0.0:443"  # or HTTPS by the hub itself:
# c.JupyterHub.ssl_cert = "/etc/letsencrypt/live/jupyter.myschool.nl/fullchain.pem"
# c.JupyterHub.ssl_key = "/etc/letsencrypt/live/jupyter.myschool.nl/privkey.pem"

# Who may log in: the server's own accounts (PAM). For school accounts (Microsoft Entra ID, Google),
# install oauthenticator and set its authenticator_class instead; see its documentation.
c.JupyterHub.authenticator_class = "pam"
c.PAMAuthenticator.allowed_groups = {"students", "teachers"}  # Linux groups of this server
c.Authenticator.admin_users = {"ict"}  # who may see the admin page (Groups: lang-en for English)

# Each student in their own Linux user, with limits (see the sizing table in the guide).
c.JupyterHub.spawner_class = "systemdspawner.SystemdSpawner"
c.Spawner.cmd = [os.path.join(sys.prefix, "bin", "jupyterhub-singleuser")]  # this environment's, by its whole path
c.SystemdSpawner.mem_limit = "1G"
c.SystemdSpawner.cpu_limit = 1.0
c.SystemdSpawner.isolate_tmp = True
c.SystemdSpawner.isolate_devices = True
c.Spawner.start_timeout = 120  # a whole class logging in at once takes longer than one student
c.Spawner.http_timeout = 120

# Stop servers nobody used for an hour (their files stay; the next login starts a new one).
c.JupyterHub.load_roles = [{
    "name": "jupyterhub-idle-culler-role",
    "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    "services": ["jupyterhub-idle-culler-service"],
}]
c.JupyterHub.services = [{
    "name": "jupyterhub-idle-culler-service",
    "command": [sys.executable, "-m", "jupyterhub_idle_culler", "--timeout=3600"],
}]
